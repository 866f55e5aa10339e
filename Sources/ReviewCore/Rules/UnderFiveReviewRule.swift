/// `under_five_review`: for a child under five the LA should consider reviewing the plan every three to
/// six months (six by default, ``RuleSettings/underFiveReviewMonths``).
///
/// Source: SEND Code of Practice 9.178. This is guidance, not a duty: the deadline is `statutory: false`
/// and is never reported as a breach. A period is counted, like the annual one, starting with the first
/// issue or the last decision notice; a review is due only while the child is still under five on its
/// date, so nothing falls due on or after the fifth birthday.
public struct UnderFiveReviewRule: DeadlineRule {
    public let id = RuleID.underFiveReview
    public let statutory = false
    public let source = "CoP 9.178 (guidance)"

    public init() {}

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        let child = timeline.facts.child
        return timeline.cycles.compactMap { cycle in
            let due = cycle.anchor.endOfPeriod(months: settings.underFiveReviewMonths)
            guard child.age(on: due) < 5 else { return nil }
            return DeadlineDraft(rule: id, key: "\(id.rawValue)@\(cycle.anchor)", dueOn: due, doneOn: cycle.concludedOn)
        }
    }
}
