/// A review as stored: the meeting, the invitees (fixed when it is scheduled) and the steps so far.
/// `sequence` is the iCalendar SEQUENCE of the invitation, bumped whenever the meeting moves.
public struct Review: Sendable, Hashable, Codable {
    public var id: ReviewID
    public var planID: PlanID
    public var meetingOn: CivilDate
    public var sequence: Int
    public var invitees: [Invitee]
    public var steps: [ReviewStepRecord]

    /// The day the meeting was cancelled: it is no meeting for the deadlines, and what was owed before it lapses.
    public var cancelledOn: CivilDate?
    /// Brought in by a CSV import: only its meeting and decision are known (``ReviewFacts/imported``).
    public var imported: Bool
    /// The meeting's time and place (issue 14); no law depends on them, so they are not in ``facts``.
    public var details: MeetingDetails

    public init(id: ReviewID, planID: PlanID, meetingOn: CivilDate, sequence: Int, invitees: [Invitee],
                steps: [ReviewStepRecord], cancelledOn: CivilDate? = nil, imported: Bool = false,
                details: MeetingDetails = .none) {
        self.details = details
        self.imported = imported
        self.cancelledOn = cancelledOn
        self.id = id
        self.planID = planID
        self.meetingOn = meetingOn
        self.sequence = sequence
        self.invitees = invitees
        self.steps = steps
    }

    public var facts: ReviewFacts { ReviewFacts(id: id, meetingOn: meetingOn, invitees: invitees, steps: steps, imported: imported,
                                            cancelledOn: cancelledOn) }
}
