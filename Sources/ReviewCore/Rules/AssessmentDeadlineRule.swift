/// One rule of the EHC needs assessment's clock (DESIGN §4: `assessment_decision`, `assessment_advice`,
/// `not_to_issue_decision`, `final_plan`, and the draft's 15 days, `representations`): from an assessment's
/// facts to its dated deadlines, as ``DeadlineRule`` does for a plan.
///
/// Each draft also says when its period began (the request, or the day a professional was asked), which is
/// what a recorded exception is measured against.
public protocol AssessmentDeadlineRule: Sendable {
    var id: RuleID { get }
    var statutory: Bool { get }
    var source: String { get }
    var judgement: DeadlineJudgement { get }
    func drafts(for facts: AssessmentFacts) -> [AssessmentDeadlineDraft]
}

extension AssessmentDeadlineRule {
    public var judgement: DeadlineJudgement { .dueBy }
}

/// A deadline of an assessment before it is judged: the draft, the day its period began, and the
/// professional it is owed by (advice).
public struct AssessmentDeadlineDraft: Sendable, Hashable {
    public var draft: DeadlineDraft
    public var periodStart: CivilDate
    public var professionalID: ProfessionalID?

    public init(draft: DeadlineDraft, periodStart: CivilDate, professionalID: ProfessionalID? = nil) {
        self.draft = draft
        self.periodStart = periodStart
        self.professionalID = professionalID
    }
}
