/// `not_to_issue_decision`: after assessing, a local authority that decides not to issue an EHC plan tells
/// the family within 16 weeks of the request.
///
/// Source: SEND Regulations 2014 reg 10(1). Our reading (docs/assessments.md): once the authority has
/// decided to assess, whether a plan will be issued must be known by week 16 — a draft plan is the decision
/// to issue — so the deadline is done by `decided_not_to_issue` or by `draft_issued`, and late when neither
/// has come by then.
public struct NotToIssueDecisionRule: AssessmentDeadlineRule {
    public let id = RuleID.notToIssueDecision
    public let statutory = true
    public let source = "SEND Regs 2014 reg 10(1)"

    public init() {}

    /// "within 16 weeks of the request" (reg 10(1)).
    public static let weeksAfterRequest = 16

    public static func dueOn(requestedOn: CivilDate) -> CivilDate {
        requestedOn.adding(weeks: weeksAfterRequest)
    }

    public func drafts(for facts: AssessmentFacts) -> [AssessmentDeadlineDraft] {
        let notToIssue = facts.firstDate(of: .decidedNotToIssue)
        guard facts.decidedToAssessOn != nil || notToIssue != nil else { return [] }
        let decided = [notToIssue, facts.draftOn].compactMap { $0 }.min()
        return [AssessmentDeadlineDraft(
            draft: DeadlineDraft(rule: id, key: id.rawValue, dueOn: Self.dueOn(requestedOn: facts.requestedOn),
                                 doneOn: decided, lapsesOn: facts.finalOn),
            periodStart: facts.requestedOn)]
    }
}
