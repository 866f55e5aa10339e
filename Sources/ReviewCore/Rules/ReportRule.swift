/// `report`: the review report must be sent to everyone invited within two weeks after the meeting.
///
/// Source: SEND Regulations 2014 regs 20(7)–(8), 21(7)–(8). Counted from the day the meeting was held,
/// or from the scheduled day while it has not been.
public struct ReportRule: DeadlineRule {
    public let id = RuleID.report
    public let statutory = true
    public let source = "SEND Regs 2014 reg 20(7), 21(7)"

    public init() {}

    /// "within two weeks of the meeting" (regs 20(7), 21(7)).
    public static let weeksAfterMeeting = 2

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        // An imported review's steps are unknown: not judged (ReviewFacts.imported).
        timeline.reviews.filter { !$0.imported }.map { review in
            DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                          dueOn: review.effectiveMeetingOn.adding(weeks: Self.weeksAfterMeeting),
                          doneOn: review.firstDate(of: .reportSent), lapsesOn: review.decisionOn)
        }
    }
}
