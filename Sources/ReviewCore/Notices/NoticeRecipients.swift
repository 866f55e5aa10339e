/// Who is told what (issue 5, DESIGN §1): every active contributor of a plan receives every version of it,
/// every meeting, report and decision — therapists included, although the law only obliges the authority
/// to send plans to the family, the setting and the ICB. A deadline that turns late goes to the plan's SEN
/// caseworkers. Inactive professionals receive nothing.
public enum NoticeRecipients {
    /// The contributors who receive a notice about the whole plan.
    public static func everyone(_ contributors: [Professional]) -> [Professional] {
        contributors.filter(\.active)
    }

    /// The contributors who are told that a deadline turned late: the plan's active SEN caseworkers.
    public static func caseworkers(_ contributors: [Professional]) -> [Professional] {
        contributors.filter { $0.active && $0.role == .senCaseworker }
    }

    /// The invitees of a review still owing advice: for the advice reminder and the missed-advice notice.
    public static func owingAdvice(_ review: ReviewFacts, contributors: [Professional]) -> [Professional] {
        let given = Set(review.steps.filter { $0.step == .adviceReceived }.compactMap(\.professionalID))
        let invited = Set(review.invitees.map(\.professionalID))
        return contributors.filter { $0.active && invited.contains($0.id) && !given.contains($0.id) }
    }

    /// The `contact` line of a plan's notices: its first active SEN caseworker.
    public static func contact(_ contributors: [Professional]) -> String? {
        caseworkers(contributors).first.map { "\($0.name) <\($0.email.value)>" }
    }
}
