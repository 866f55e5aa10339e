/// The deadline rules of DESIGN §4; the raw values are part of the API contract.
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable {
    case annualReview = "annual_review"
    case invitations
    case advice
    case views
    case report
    case decision
    case amendmentNotice = "amendment_notice"
    case amendedFinal = "amended_final"
    case phaseTransfer = "phase_transfer"
    case underFiveReview = "under_five_review"
    case preparationForAdulthood = "preparation_for_adulthood"
    case specialistPathway = "specialist_pathway"
    case representations
    /// The EHC needs assessment's clock (SEND Regs 2014 regs 5, 8, 10, 13).
    case assessmentDecision = "assessment_decision"
    case assessmentAdvice = "assessment_advice"
    case notToIssueDecision = "not_to_issue_decision"
    case finalPlan = "final_plan"
}
