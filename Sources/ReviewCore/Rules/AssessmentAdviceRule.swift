/// `assessment_advice`: each professional asked for advice and information during an EHC needs assessment
/// gives it within 6 weeks of being asked.
///
/// Source: SEND Regulations 2014 reg 8(1) (reg 6(1) says whose advice is sought). One deadline per
/// professional asked, done when their advice comes in; one still owed when the assessment ends can no
/// longer be given and lapses that day.
public struct AssessmentAdviceRule: AssessmentDeadlineRule {
    public let id = RuleID.assessmentAdvice
    public let statutory = true
    public let source = "SEND Regs 2014 reg 8(1)"

    public init() {}

    /// "within 6 weeks of the date on which such a request is made" (reg 8(1)).
    public static let weeksAfterAsking = 6

    public static func dueOn(askedOn: CivilDate) -> CivilDate {
        askedOn.adding(weeks: weeksAfterAsking)
    }

    /// The key of `professional`'s advice deadline: the reminder and the "missed" notice find it by it.
    public static func key(professional: ProfessionalID) -> String {
        "\(RuleID.assessmentAdvice.rawValue)@professional:\(professional)"
    }

    public func drafts(for facts: AssessmentFacts) -> [AssessmentDeadlineDraft] {
        facts.adviceRequests.map { request in
            AssessmentDeadlineDraft(
                draft: DeadlineDraft(rule: id, key: Self.key(professional: request.professionalID),
                                     dueOn: Self.dueOn(askedOn: request.on),
                                     doneOn: facts.adviceReceivedOn(from: request.professionalID),
                                     lapsesOn: facts.endedOn),
                periodStart: request.on, professionalID: request.professionalID)
        }
    }
}
