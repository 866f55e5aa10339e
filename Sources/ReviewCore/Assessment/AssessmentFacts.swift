/// Everything the assessment rules need to know about one EHC needs assessment: the child, when it was
/// requested, the steps done and the exceptions recorded. The store assembles it;
/// ``AssessmentDeadlineCalculator`` reads it.
public struct AssessmentFacts: Sendable, Hashable, Codable {
    public var id: AssessmentID
    public var child: ChildFacts
    /// The day the local authority received the request: every time limit but the advice's counts from it.
    public var requestedOn: CivilDate
    public var steps: [AssessmentStepRecord]
    public var exceptions: [AssessmentException]
    /// Brought in from another system (a CSV import): what is not in the file — advice asked, draft — is
    /// unknown, so only the dates given are judged.
    public var imported: Bool

    public init(id: AssessmentID, child: ChildFacts, requestedOn: CivilDate, steps: [AssessmentStepRecord] = [],
                exceptions: [AssessmentException] = [], imported: Bool = false) {
        self.id = id
        self.child = child
        self.requestedOn = requestedOn
        self.steps = steps
        self.exceptions = exceptions
        self.imported = imported
    }

    /// The earliest date `kind` was recorded, if it was.
    public func firstDate(of kind: AssessmentStepKind) -> CivilDate? {
        steps.filter { $0.step == kind }.map(\.on).min()
    }

    public var decidedToAssessOn: CivilDate? { firstDate(of: .decidedToAssess) }
    public var draftOn: CivilDate? { firstDate(of: .draftIssued) }
    public var finalOn: CivilDate? { firstDate(of: .finalIssued) }

    /// How it ended, and when; `nil` while it is open.
    public var outcome: (outcome: AssessmentOutcome, on: CivilDate)? {
        if let on = firstDate(of: .refusedToAssess) { return (.refusedToAssess, on) }
        if let on = firstDate(of: .decidedNotToIssue) { return (.notToIssue, on) }
        if let on = finalOn { return (.planIssued, on) }
        return nil
    }

    /// The day it ended (refused, not to issue, or the plan issued).
    public var endedOn: CivilDate? { outcome?.on }

    /// The professionals asked for advice, each with the day they were first asked, in that order.
    public var adviceRequests: [(professionalID: ProfessionalID, on: CivilDate)] {
        var seen = Set<ProfessionalID>()
        return steps.filter { $0.step == .adviceRequested }.sorted { $0.on < $1.on }.compactMap { step in
            guard let professional = step.professionalID, seen.insert(professional).inserted else { return nil }
            return (professional, step.on)
        }
    }

    /// The day `professional`'s advice came in, if it has.
    public func adviceReceivedOn(from professional: ProfessionalID) -> CivilDate? {
        steps.filter { $0.step == .adviceReceived && $0.professionalID == professional }.map(\.on).min()
    }

    /// The facts as they stood at the end of `date`: steps and exceptions dated later are not yet known.
    public func known(asOf date: CivilDate) -> AssessmentFacts {
        var copy = self
        copy.steps = steps.filter { $0.on <= date }
        copy.exceptions = exceptions.filter { $0.from <= date }
        return copy
    }
}
