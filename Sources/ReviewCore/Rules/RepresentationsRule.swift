/// `representations`: after the amendment notice the family has at least 15 days, starting with the day
/// the notice is issued, to make representations (and to ask for a particular school or college) before the
/// amended plan is finalised. An amended final issued before those 15 days have passed is a breach.
///
/// Source: SEND Regulations 2014 reg 22(2)(c). A minimum period, not a date to act by
/// (``DeadlineJudgement/notBefore``): its `due_on` is the first day the amended final may be issued (notice
/// + 15 days); it appears once the amended final is issued, `done` when on or after that day, `done_late`
/// (a breach, with the days the period was cut short) when before it.
public struct RepresentationsRule: DeadlineRule {
    public let id = RuleID.representations
    public let statutory = true
    public let source = "SEND Regs 2014 reg 22(2)(c)"
    public let judgement = DeadlineJudgement.notBefore

    public init() {}

    /// The first day the amended final may be issued after a notice issued on `notice`.
    public static func earliestFinal(notice: CivilDate) -> CivilDate {
        notice.adding(days: AmendedFinalRule.representationDays)
    }

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        let notices = timeline.facts.dates(of: .amendmentProposed)
        let finals = timeline.facts.dates(of: .amendedFinalIssued)
        return notices.enumerated().compactMap { index, notice in
            let nextNotice = index + 1 < notices.count ? notices[index + 1] : nil
            guard let issued = finals.first(where: { $0.falls(onOrAfter: notice, before: nextNotice) }) else { return nil }
            return DeadlineDraft(rule: id, key: "\(id.rawValue)@\(notice)", dueOn: Self.earliestFinal(notice: notice),
                                 doneOn: issued)
        }
    }
}
