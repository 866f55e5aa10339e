/// `final_plan`: the final EHC plan is issued within 20 weeks of the request for the assessment — the
/// national measure every authority is judged on.
///
/// Source: SEND Regulations 2014 reg 13(2). From the request until the plan is issued; none when the
/// authority refuses to assess or decides not to issue (no plan is owed then: those decisions have their
/// own time limits).
public struct FinalPlanRule: AssessmentDeadlineRule {
    public let id = RuleID.finalPlan
    public let statutory = true
    public let source = "SEND Regs 2014 reg 13(2)"

    public init() {}

    /// "within 20 weeks of ... receiving a request for an EHC needs assessment" (reg 13(2)).
    public static let weeksAfterRequest = 20

    public static func dueOn(requestedOn: CivilDate) -> CivilDate {
        requestedOn.adding(weeks: weeksAfterRequest)
    }

    public func drafts(for facts: AssessmentFacts) -> [AssessmentDeadlineDraft] {
        if let outcome = facts.outcome, outcome.outcome != .planIssued { return [] }
        return [AssessmentDeadlineDraft(
            draft: DeadlineDraft(rule: id, key: id.rawValue, dueOn: Self.dueOn(requestedOn: facts.requestedOn),
                                 doneOn: facts.finalOn),
            periodStart: facts.requestedOn)]
    }
}
