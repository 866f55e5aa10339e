/// A step of an EHC needs assessment (SEND Regs 2014 Part 2), recorded when it is done (DESIGN §3).
public enum AssessmentStepKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Advice and information asked of one professional (reg 6(1)); due back within 6 weeks (reg 8(1)).
    case adviceRequested = "advice_requested"
    /// That professional's advice came in.
    case adviceReceived = "advice_received"
    /// The decision to carry out the assessment, notified to the family (regs 4, 5(1)).
    case decidedToAssess = "decided_to_assess"
    /// The decision not to assess (reg 5(1)): it ends the assessment, with a right of appeal.
    case refusedToAssess = "refused_to_assess"
    /// After the assessment, the decision not to issue a plan (reg 10(1)): it ends the assessment.
    case decidedNotToIssue = "decided_not_to_issue"
    /// The draft plan sent to the family, who have at least 15 days to comment (reg 13(1)).
    case draftIssued = "draft_issued"
    /// The final plan issued (reg 13(2)): it creates the plan, whose annual-review clock starts that day.
    case finalIssued = "final_issued"

    /// The steps one professional gives or is asked for.
    public var isProfessionals: Bool { self == .adviceRequested || self == .adviceReceived }

    /// The steps that end an assessment.
    public var ends: Bool { self == .refusedToAssess || self == .decidedNotToIssue || self == .finalIssued }
}

/// One recorded step of an assessment: the advice steps name the professional.
public struct AssessmentStepRecord: Sendable, Hashable, Codable {
    public var step: AssessmentStepKind
    public var on: CivilDate
    public var professionalID: ProfessionalID?

    public init(step: AssessmentStepKind, on: CivilDate, professionalID: ProfessionalID? = nil) {
        self.step = step
        self.on = on
        self.professionalID = professionalID
    }
}

/// Who asked for the assessment (CFA 2014 s36(1): the parent, the young person, or a person acting for a
/// school or post-16 institution; others, such as a health visitor, may bring a child to the LA's notice).
public enum AssessmentRequester: String, Sendable, Hashable, Codable, CaseIterable {
    case parent
    case youngPerson = "young_person"
    case school
    case other
}

/// How an assessment ended, if it has.
public enum AssessmentOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case refusedToAssess = "refused_to_assess"
    case notToIssue = "not_to_issue"
    case planIssued = "plan_issued"
}
