/// A step of an annual review (SEND Regs 2014, regs 20–22), recorded when it is done.
public enum ReviewStepKind: String, Sendable, Hashable, Codable, CaseIterable {
    case invitationsSent = "invitations_sent"
    case adviceReceived = "advice_received"
    /// The advice and information gathered, circulated to everyone invited (reg 20(4)): the caseworker's
    /// own step, apart from each professional's `advice_received`.
    case adviceCirculated = "advice_circulated"
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
    /// Whose views a `views_received` brought in (reg 19: the child's, the parent's, the young person's).
    public var from: ViewsSource?
    /// With `meeting_held`: whether the meeting considered preparation for adulthood (regs 20(6), 21(6)).
    public var pfaConsidered: Bool?

    public init(step: ReviewStepKind, on: CivilDate, professionalID: ProfessionalID? = nil,
                decision: ReviewDecision? = nil, from: ViewsSource? = nil, pfaConsidered: Bool? = nil) {
        self.step = step
        self.on = on
        self.professionalID = professionalID
        self.decision = decision
        self.from = from
        self.pfaConsidered = pfaConsidered
    }
}

/// Whose views were gathered for a review (SEND Regs 2014 reg 19).
public enum ViewsSource: String, Sendable, Hashable, Codable, CaseIterable {
    case child
    case parent
    case youngPerson = "young_person"
}
