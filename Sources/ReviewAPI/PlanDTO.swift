public import ReviewCore

/// `POST /v1/plans`.
public struct PlanCreate: Codable, Sendable, Hashable, KnownFields {
    public var childId: Int64
    public var reference: String
    public var nextTransfer: PhaseTransfer?
    public static let fields: Set<String> = ["child_id", "reference", "next_transfer"]
    public static let nested: [String: Set<String>] = ["next_transfer": ["kind", "on"]]

    public init(childId: Int64, reference: String, nextTransfer: PhaseTransfer? = nil) {
        self.childId = childId
        self.reference = reference
        self.nextTransfer = nextTransfer
    }
}

/// A plan as the API shows it.
public struct PlanView: Codable, Sendable, Hashable {
    public var id: Int64
    public var childId: Int64
    public var reference: String
    public var nextTransfer: PhaseTransfer?
    public var firstIssuedOn: CivilDate?
    public var ceasedOn: CivilDate?

    public init(_ plan: Plan) {
        id = plan.id.rawValue
        childId = plan.childID.rawValue
        reference = plan.reference
        nextTransfer = plan.nextTransfer
        firstIssuedOn = plan.firstIssuedOn
        ceasedOn = plan.ceasedOn
    }
}

/// A contributor of a plan.
public struct ContributorView: Codable, Sendable, Hashable {
    public var professional: ProfessionalView
    public var joinedAt: String

    public init(professional: ProfessionalView, joinedAt: String) {
        self.professional = professional
        self.joinedAt = joinedAt
    }
}

/// `POST /v1/plans/{id}/events`.
public struct EventCreate: Codable, Sendable, Hashable, KnownFields {
    public var kind: PlanEventKind
    public var on: CivilDate
    public static let fields: Set<String> = ["kind", "on"]

    public init(kind: PlanEventKind, on: CivilDate) {
        self.kind = kind
        self.on = on
    }
}

/// A recorded plan event.
public struct EventView: Codable, Sendable, Hashable {
    public var id: Int64
    public var planId: Int64
    public var kind: PlanEventKind
    public var on: CivilDate
    public var version: Int?

    public init(_ event: PlanEventRecord) {
        id = event.id
        planId = event.planID.rawValue
        kind = event.kind
        on = event.on
        version = event.version
    }
}
