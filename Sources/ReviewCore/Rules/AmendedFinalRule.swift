/// `amended_final`: after an amendment notice the LA must issue the final amended plan within eight weeks
/// of the notice (having allowed at least 15 days for representations).
///
/// Source: SEND Regulations 2014 reg 22(2)(c), 22(3), 22(4). One deadline per amendment notice, done by the
/// first `amended_final_issued` — or `decided_not_to_amend` (reg 22(4): the authority tells the family it
/// will not amend, within the same 8 weeks) — on or after the notice and before the next notice.
public struct AmendedFinalRule: DeadlineRule {
    public let id = RuleID.amendedFinal
    public let statutory = true
    public let source = "SEND Regs 2014 reg 22(2)(c), 22(3)"

    public init() {}

    /// "within eight weeks of the amendment notice" (reg 22(3)).
    public static let weeksAfterNotice = 8
    /// "at least 15 days" for the family's representations (reg 22(2)(c)), and for comments on a draft (reg 13(1)).
    public static let representationDays = 15

    /// The last of the 15 days for representations or comments, counted starting with the day the
    /// amendment notice or draft was issued.
    public static func representationsEnd(issuedOn: CivilDate) -> CivilDate {
        issuedOn.adding(days: representationDays - 1)
    }

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        let notices = timeline.facts.dates(of: .amendmentProposed)
        let finals = (timeline.facts.dates(of: .amendedFinalIssued) + timeline.facts.dates(of: .decidedNotToAmend)).sorted()
        return notices.enumerated().map { index, notice in
            let nextNotice = index + 1 < notices.count ? notices[index + 1] : nil
            let issued = finals.first { $0.falls(onOrAfter: notice, before: nextNotice) }
            return DeadlineDraft(rule: id, key: "\(id.rawValue)@\(notice)", dueOn: notice.adding(weeks: Self.weeksAfterNotice),
                                 doneOn: issued)
        }
    }
}
