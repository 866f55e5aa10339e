public import ReviewCore

/// `POST /v1/professionals`.
public struct ProfessionalCreate: Codable, Sendable, Hashable, KnownFields {
    public var name: String
    public var email: String
    public var role: ProfessionalRole
    /// Defaults to the role's usual service.
    public var service: ServiceArea?
    public var active: Bool?
    public static let fields: Set<String> = ["name", "email", "role", "service", "active"]

    public init(name: String, email: String, role: ProfessionalRole, service: ServiceArea? = nil, active: Bool? = nil) {
        self.name = name
        self.email = email
        self.role = role
        self.service = service
        self.active = active
    }
}

/// `PATCH /v1/professionals/{id}`: only the fields present change.
public struct ProfessionalUpdate: Codable, Sendable, Hashable, KnownFields {
    public var name: String?
    public var email: String?
    public var role: ProfessionalRole?
    public var service: ServiceArea?
    public var active: Bool?
    public static let fields: Set<String> = ["name", "email", "role", "service", "active"]

    public init(name: String? = nil, email: String? = nil, role: ProfessionalRole? = nil, service: ServiceArea? = nil,
                active: Bool? = nil) {
        self.name = name
        self.email = email
        self.role = role
        self.service = service
        self.active = active
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

    public init(_ professional: Professional) {
        id = professional.id.rawValue
        name = professional.name
        email = professional.email.value
        role = professional.role
        service = professional.service
        active = professional.active
    }
}
