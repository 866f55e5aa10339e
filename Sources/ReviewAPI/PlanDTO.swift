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
    /// The version's document (`POST /v1/documents` first).
    public var documentId: Int64?
    public static let fields: Set<String> = ["kind", "on", "document_id"]

    public init(kind: PlanEventKind, on: CivilDate, documentId: Int64? = nil) {
        self.kind = kind
        self.on = on
        self.documentId = documentId
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

/// A stored plan document: `POST /v1/documents` (201 new, 200 the same bytes again).
public struct DocumentView: Codable, Sendable, Hashable {
    public var id: Int64
    public var sha256: String
    public var bytes: Int

    public init(_ document: PlanDocument) {
        id = document.id
        sha256 = document.sha256
        bytes = document.bytes
    }
}
