/// A professional to be added, checked.
public struct NewProfessional: Sendable, Hashable {
    public let name: String
    public let email: EmailAddress
    public let role: ProfessionalRole
    public let service: ServiceArea
    public let active: Bool
    /// Whether they get their own daily list (advice due, meetings soon).
    public let dailyDigest: Bool

    public init(name: String, email: String, role: ProfessionalRole, service: ServiceArea? = nil,
                active: Bool = true, dailyDigest: Bool = true) throws(FieldError) {
        self.name = try TextField.singleLine(name, field: "name")
        self.email = try EmailAddress(email, field: "email")
        self.role = role
        self.service = service ?? role.usualService
        self.active = active
        self.dailyDigest = dailyDigest
    }
}

/// A change to a professional: only the fields given change.
public struct ProfessionalPatch: Sendable, Hashable {
    public let name: String?
    public let email: EmailAddress?
    public let role: ProfessionalRole?
    public let service: ServiceArea?
    public let active: Bool?
    public let dailyDigest: Bool?

    public init(name: String? = nil, email: String? = nil, role: ProfessionalRole? = nil, service: ServiceArea? = nil,
                active: Bool? = nil, dailyDigest: Bool? = nil) throws(FieldError) {
        self.dailyDigest = dailyDigest
        self.name = try name.map { text throws(FieldError) in try TextField.singleLine(text, field: "name") }
        self.email = try email.map { text throws(FieldError) in try EmailAddress(text, field: "email") }
        self.role = role
        self.service = service
        self.active = active
    }

    /// The names of the fields this patch sets, for the audit log.
    public var fieldNames: [String] {
        [("name", name != nil), ("email", email != nil), ("role", role != nil), ("service", service != nil),
         ("active", active != nil), ("daily_digest", dailyDigest != nil)].filter(\.1).map(\.0)
    }
}

/// A professional as stored. Inactive professionals are kept (their history stays readable) but receive
/// nothing.
public struct Professional: Sendable, Hashable, Codable {
    public var id: ProfessionalID
    public var name: String
    public var email: EmailAddress
    public var role: ProfessionalRole
    public var service: ServiceArea
    public var active: Bool
    /// Whether they get their own daily list; `false` when opted out (stored as `digest_opt_out`).
    public var dailyDigest: Bool

    public init(id: ProfessionalID, name: String, email: EmailAddress, role: ProfessionalRole, service: ServiceArea,
                active: Bool, dailyDigest: Bool = true) {
        self.dailyDigest = dailyDigest
        self.id = id
        self.name = name
        self.email = email
        self.role = role
        self.service = service
        self.active = active
    }
}
