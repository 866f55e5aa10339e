public import ReviewCore

/// `POST /v1/plans/{id}/reviews`.
public struct ReviewCreate: Codable, Sendable, Hashable, KnownFields {
    public var meetingOn: CivilDate
    /// Local `HH:MM` in `time_zone`; none: an all-day meeting.
    public var startsAt: String?
    public var endsAt: String?
    public var location: String?
    public var onlineUrl: String?
    public static let fields: Set<String> = ["meeting_on", "starts_at", "ends_at", "location", "online_url"]

    public init(meetingOn: CivilDate, startsAt: String? = nil, endsAt: String? = nil, location: String? = nil,
                onlineUrl: String? = nil) {
        self.meetingOn = meetingOn
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.location = location
        self.onlineUrl = onlineUrl
    }

    /// The time and place, checked (each problem names its field).
    public func details() throws(FieldError) -> MeetingDetails {
        try MeetingDetails(startsAt: startsAt, endsAt: endsAt, location: location, onlineURL: onlineUrl)
    }
}

/// `PATCH /v1/reviews/{id}`: move a meeting that has not been held, or change its time or place (one
/// iCalendar update, SEQUENCE + 1). A field left out keeps its value; `""` clears it.
public struct ReviewPatch: Codable, Sendable, Hashable, KnownFields {
    public var meetingOn: CivilDate?
    public var startsAt: String?
    public var endsAt: String?
    public var location: String?
    public var onlineUrl: String?
    public static let fields: Set<String> = ["meeting_on", "starts_at", "ends_at", "location", "online_url"]

    public init(meetingOn: CivilDate? = nil, startsAt: String? = nil, endsAt: String? = nil, location: String? = nil,
                onlineUrl: String? = nil) {
        self.meetingOn = meetingOn
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.location = location
        self.onlineUrl = onlineUrl
    }

    public var patch: MeetingPatch {
        MeetingPatch(meetingOn: meetingOn, startsAt: startsAt, endsAt: endsAt, location: location, onlineURL: onlineUrl)
    }
}

/// `POST /v1/reviews/{id}/cancel`: the body is optional; without `on` the meeting is cancelled today.
public struct ReviewCancel: Codable, Sendable, Hashable, KnownFields {
    /// The day the meeting was called off: not in the future, not before it was scheduled.
    public var on: CivilDate?
    public static let fields: Set<String> = ["on"]

    public init(on: CivilDate? = nil) {
        self.on = on
    }
}

/// `POST /v1/reviews/{id}/steps`.
public struct StepCreate: Codable, Sendable, Hashable, KnownFields {
    public var step: ReviewStepKind
    public var on: CivilDate
    public var professionalId: Int64?
    public var decision: ReviewDecision?
    /// With `views_received`: whose views (`child`, `parent`, `young_person`).
    public var from: ViewsSource?
    /// With `meeting_held`: whether the meeting considered preparation for adulthood.
    public var pfaConsidered: Bool?
    public static let fields: Set<String> = ["step", "on", "professional_id", "decision", "from", "pfa_considered"]

    public init(step: ReviewStepKind, on: CivilDate, professionalId: Int64? = nil, decision: ReviewDecision? = nil,
                from: ViewsSource? = nil, pfaConsidered: Bool? = nil) {
        self.step = step
        self.on = on
        self.professionalId = professionalId
        self.decision = decision
        self.from = from
        self.pfaConsidered = pfaConsidered
    }
}

/// A review as the API shows it.
public struct ReviewView: Codable, Sendable, Hashable {
    public struct InviteeView: Codable, Sendable, Hashable {
        public var professionalId: Int64
        public var role: ProfessionalRole
    }

    public struct StepView: Codable, Sendable, Hashable {
        public var step: ReviewStepKind
        public var on: CivilDate
        public var professionalId: Int64?
        public var decision: ReviewDecision?
        public var from: ViewsSource?
        public var pfaConsidered: Bool?
    }

    public var id: Int64
    public var planId: Int64
    public var meetingOn: CivilDate
    public var sequence: Int
    public var invitees: [InviteeView]
    public var steps: [StepView]
    public var cancelledOn: CivilDate?
    public var startsAt: String?
    public var endsAt: String?
    public var location: String?
    public var onlineUrl: String?

    public init(_ review: Review) {
        cancelledOn = review.cancelledOn
        startsAt = review.details.startsAt?.description
        endsAt = review.details.endsAt?.description
        location = review.details.location
        onlineUrl = review.details.onlineURL
        id = review.id.rawValue
        planId = review.planID.rawValue
        meetingOn = review.meetingOn
        sequence = review.sequence
        invitees = review.invitees.map { InviteeView(professionalId: $0.professionalID.rawValue, role: $0.role) }
        steps = review.steps.map {
            StepView(step: $0.step, on: $0.on, professionalId: $0.professionalID?.rawValue, decision: $0.decision,
                     from: $0.from, pfaConsidered: $0.pfaConsidered)
        }
    }
}

/// One deadline, as `GET /v1/plans/{id}/deadlines` and `GET /v1/deadlines` show it (the latter with the
/// plan's id and reference).
public struct DeadlineView: Codable, Sendable, Hashable {
    public var rule: RuleID
    public var key: String
    public var reviewId: Int64?
    public var dueOn: CivilDate
    public var doneOn: CivilDate?
    public var state: DeadlineState
    public var daysLate: Int
    public var statutory: Bool
    public var source: String
    public var planId: Int64?
    public var reference: String?
    /// The child's initials; only in the cross-plan late list.
    public var child: String?
    /// The plan's caseworker (its first active SEN caseworker); only in the cross-plan late list.
    public var caseworker: String?

    public init(_ deadline: Deadline, planId: Int64? = nil, reference: String? = nil, child: String? = nil,
                caseworker: String? = nil) {
        self.child = child
        self.caseworker = caseworker
        rule = deadline.rule
        key = deadline.key
        reviewId = deadline.reviewID?.rawValue
        dueOn = deadline.dueOn
        doneOn = deadline.doneOn
        state = deadline.state
        daysLate = deadline.daysLate
        statutory = deadline.statutory
        source = deadline.source
        self.planId = planId
        self.reference = reference
    }
}
