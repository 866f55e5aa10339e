/// A step of an annual review (SEND Regs 2014, regs 20–22), recorded when it is done.
public enum ReviewStepKind: String, Sendable, Hashable, Codable, CaseIterable {
    case invitationsSent = "invitations_sent"
    case adviceReceived = "advice_received"
    case viewsReceived = "views_received"
    case meetingHeld = "meeting_held"
    case reportSent = "report_sent"
    case decisionIssued = "decision_issued"
}

/// What the local authority decided after a review (CoP 9.176).
public enum ReviewDecision: String, Sendable, Hashable, Codable, CaseIterable {
    case maintain
    case amend
    case cease
}

/// One recorded step: `advice_received` names the professional whose advice came in (or none, when the
/// caseworker records that all advice has been gathered and circulated); `decision_issued` carries the
/// decision.
public struct ReviewStepRecord: Sendable, Hashable, Codable {
    public var step: ReviewStepKind
    public var on: CivilDate
    public var professionalID: ProfessionalID?
    public var decision: ReviewDecision?

    public init(step: ReviewStepKind, on: CivilDate, professionalID: ProfessionalID? = nil,
                decision: ReviewDecision? = nil) {
        self.step = step
        self.on = on
        self.professionalID = professionalID
        self.decision = decision
    }
}
