/// `decision`: the LA must decide whether to maintain, amend or cease the plan and notify the parent or
/// young person within four weeks after the review meeting — and never later than the annual-review date
/// the review must meet.
///
/// Source: SEND Regulations 2014 regs 20(10), 21(10); SEND Code of Practice 9.176; CFA 2014 s44(1)
/// for the cap.
public struct DecisionRule: DeadlineRule {
    public let id = RuleID.decision
    public let statutory = true
    public let source = "SEND Regs 2014 reg 20(10), 21(10); CoP 9.176"

    public init() {}

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        timeline.reviews.map { review in
            let fourWeeks = review.effectiveMeetingOn.adding(weeks: 4)
            let due = timeline.annualDue(for: review).map { min(fourWeeks, $0) } ?? fourWeeks
            return DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                                 dueOn: due, doneOn: review.decisionOn)
        }
    }
}
