public import ReviewCore

/// `POST /v1/professionals`.
public struct ProfessionalCreate: Codable, Sendable, Hashable, KnownFields {
    public var name: String
    public var email: String
    public var role: ProfessionalRole
    /// Defaults to the role's usual service.
    public var service: ServiceArea?
    public var active: Bool?
    /// Whether they get their own daily list (advice due, meetings soon); on by default.
    public var dailyDigest: Bool?
    public static let fields: Set<String> = ["name", "email", "role", "service", "active", "daily_digest"]

    public init(name: String, email: String, role: ProfessionalRole, service: ServiceArea? = nil, active: Bool? = nil,
                dailyDigest: Bool? = nil) {
        self.name = name
        self.email = email
        self.role = role
        self.service = service
        self.active = active
        self.dailyDigest = dailyDigest
    }
}

/// `PATCH /v1/professionals/{id}`: only the fields present change.
public struct ProfessionalUpdate: Codable, Sendable, Hashable, KnownFields {
    public var name: String?
    public var email: String?
    public var role: ProfessionalRole?
    public var service: ServiceArea?
    public var active: Bool?
    public var dailyDigest: Bool?
    public static let fields: Set<String> = ["name", "email", "role", "service", "active", "daily_digest"]

    public init(name: String? = nil, email: String? = nil, role: ProfessionalRole? = nil, service: ServiceArea? = nil,
                active: Bool? = nil, dailyDigest: Bool? = nil) {
        self.name = name
        self.email = email
        self.role = role
        self.service = service
        self.active = active
        self.dailyDigest = dailyDigest
    }
}

/// A professional as the API shows it.
public struct ProfessionalView: Codable, Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var email: String
    public var role: ProfessionalRole
    public var service: ServiceArea
    public var active: Bool
    /// Whether they get their own daily list; `false` when opted out.
    public var dailyDigest: Bool

    public init(_ professional: Professional) {
        id = professional.id.rawValue
        name = professional.name
        email = professional.email.value
        role = professional.role
        service = professional.service
        active = professional.active
        dailyDigest = professional.dailyDigest
    }
}
