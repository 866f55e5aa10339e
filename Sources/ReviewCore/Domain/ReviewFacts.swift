/// A professional invited to a review, with the role that decides whether the preparation-for-adulthood
/// invitation was made.
public struct Invitee: Sendable, Hashable, Codable {
    public var professionalID: ProfessionalID
    public var role: ProfessionalRole

    public init(professionalID: ProfessionalID, role: ProfessionalRole) {
        self.professionalID = professionalID
        self.role = role
    }
}

/// One review of a plan as the rules see it: the meeting date, who was invited, and the steps done.
public struct ReviewFacts: Sendable, Hashable, Codable {
    public var id: ReviewID
    /// The date the meeting is scheduled for.
    public var meetingOn: CivilDate
    public var invitees: [Invitee]
    public var steps: [ReviewStepRecord]
    /// Brought in from another system's history (a CSV import), which knows the meeting and the decision
    /// but not when invitations, advice or the report went out: the rules judge only what is known, and
    /// do not call an unrecorded step late.
    public var imported: Bool
    /// The day the meeting was called off: it is no review meeting, and what was owed before it lapses.
    public var cancelledOn: CivilDate?

    public init(id: ReviewID, meetingOn: CivilDate, invitees: [Invitee] = [], steps: [ReviewStepRecord] = [],
                imported: Bool = false, cancelledOn: CivilDate? = nil) {
        self.imported = imported
        self.cancelledOn = cancelledOn
        self.id = id
        self.meetingOn = meetingOn
        self.invitees = invitees
        self.steps = steps
    }

    /// The earliest date `kind` was recorded, if it was.
    public func firstDate(of kind: ReviewStepKind) -> CivilDate? {
        steps.filter { $0.step == kind }.map(\.on).min()
    }

    /// The meeting as it happened, or as scheduled while it has not: the date the rules count from.
    public var effectiveMeetingOn: CivilDate { firstDate(of: .meetingHeld) ?? meetingOn }

    /// The day the duties owed before the meeting (invitations, advice, views) stop being doable: it was
    /// held, or called off.
    public var preparationEndsOn: CivilDate? { firstDate(of: .meetingHeld) ?? cancelledOn }

    /// The date of the decision notice that concluded this review, if issued.
    public var decisionOn: CivilDate? { firstDate(of: .decisionIssued) }

    /// The decision, if issued.
    public var decision: ReviewDecision? {
        steps.filter { $0.step == .decisionIssued }.min { $0.on < $1.on }?.decision
    }
}
