/// An EHC needs assessment to be opened (DESIGN §3 `POST /v1/assessments`): whose, the day the local
/// authority received the request — the day every time limit counts from — and who asked.
///
/// ```swift
/// let new = try NewAssessment(childID: ChildID(42), requestedOn: try CivilDate(iso: "2026-01-05"),
///                             requestedBy: .parent, today: today)
/// ```
public struct NewAssessment: Sendable, Hashable {
    public var childID: ChildID
    public var requestedOn: CivilDate
    public var requestedBy: AssessmentRequester

    public init(childID: ChildID, requestedOn: CivilDate, requestedBy: AssessmentRequester, today: CivilDate)
        throws(FieldError)
    {
        try PlausibleDates.happened(requestedOn, field: "requested_on", today: today)
        self.childID = childID
        self.requestedOn = requestedOn
        self.requestedBy = requestedBy
    }
}

/// A Reg 10(4) exception to be recorded (DESIGN §3 `POST /v1/assessments/{id}/exceptions`): the reason, the
/// day it began and, when known, the last day it applied; a missed appointment names whose it was.
public struct NewAssessmentException: Sendable, Hashable {
    public var reason: AssessmentExceptionReason
    public var from: CivilDate
    public var to: CivilDate?
    public var professionalID: ProfessionalID?

    public init(reason: AssessmentExceptionReason, from: CivilDate, to: CivilDate? = nil,
                professionalID: ProfessionalID? = nil) {
        self.reason = reason
        self.from = from
        self.to = to
        self.professionalID = professionalID
    }
}
