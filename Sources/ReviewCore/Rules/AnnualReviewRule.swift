/// `annual_review`: the plan must be reviewed — the review concluded by the LA's decision notice —
/// within 12 months *starting with* the date it was first issued, then with the date of the last
/// decision notice.
///
/// Source: Children and Families Act 2014 s44(1); SEND Code of Practice 9.166, 9.169. "Starting with"
/// counts the first day: 12 months starting with 14 March 2025 end on 13 March 2026, and 12 months
/// starting with 29 February 2024 end on 28 February 2025 (the anniversary being 1 March).
public struct AnnualReviewRule: DeadlineRule {
    public let id = RuleID.annualReview
    public let statutory = true
    public let source = "CFA 2014 s44(1); CoP 9.166, 9.169"

    public init() {}

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        timeline.cycles.map { cycle in
            DeadlineDraft(rule: id, key: "\(id.rawValue)@\(cycle.anchor)",
                          dueOn: ReviewTimeline.annualDue(from: cycle.anchor), doneOn: cycle.concludedOn)
        }
    }
}
