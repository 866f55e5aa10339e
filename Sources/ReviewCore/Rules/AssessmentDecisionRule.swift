/// `assessment_decision`: the local authority decides whether to carry out an EHC needs assessment and
/// tells the family within 6 weeks of receiving the request.
///
/// Source: SEND Regulations 2014 regs 4, 5(1). Done by `decided_to_assess` or `refused_to_assess`.
public struct AssessmentDecisionRule: AssessmentDeadlineRule {
    public let id = RuleID.assessmentDecision
    public let statutory = true
    public let source = "SEND Regs 2014 reg 4, 5(1)"

    public init() {}

    /// "within 6 weeks of receiving a request" (reg 5(1)).
    public static let weeksAfterRequest = 6

    public static func dueOn(requestedOn: CivilDate) -> CivilDate {
        requestedOn.adding(weeks: weeksAfterRequest)
    }

    public func drafts(for facts: AssessmentFacts) -> [AssessmentDeadlineDraft] {
        let decided = [facts.decidedToAssessOn, facts.firstDate(of: .refusedToAssess)].compactMap { $0 }.min()
        return [AssessmentDeadlineDraft(
            draft: DeadlineDraft(rule: id, key: id.rawValue, dueOn: Self.dueOn(requestedOn: facts.requestedOn), doneOn: decided),
            periodStart: facts.requestedOn)]
    }
}
