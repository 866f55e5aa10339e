public import ReviewCore

/// `POST /v1/children/{id}/contacts`: a member of the family, or their representative.
public struct ContactCreate: Codable, Sendable, Hashable, KnownFields {
    public var name: String
    public var relationship: ContactRelationship
    public var email: String?
    public var postalAddress: String?
    public var preferredLanguage: String?
    public var needs: [ContactNeed]?
    public var youngPersonAgreed: Bool?
    public var active: Bool?
    public static let fields: Set<String> = ["name", "relationship", "email", "postal_address", "preferred_language",
                                             "needs", "young_person_agreed", "active"]

    public init(name: String, relationship: ContactRelationship, email: String? = nil, postalAddress: String? = nil,
                preferredLanguage: String? = nil, needs: [ContactNeed]? = nil, youngPersonAgreed: Bool? = nil,
                active: Bool? = nil) {
        self.name = name
        self.relationship = relationship
        self.email = email
        self.postalAddress = postalAddress
        self.preferredLanguage = preferredLanguage
        self.needs = needs
        self.youngPersonAgreed = youngPersonAgreed
        self.active = active
    }

    public func checked() throws(FieldError) -> NewContact {
        try NewContact(name: name, relationship: relationship, email: email, postalAddress: postalAddress,
                       preferredLanguage: preferredLanguage, needs: needs ?? [], youngPersonAgreed: youngPersonAgreed ?? false,
                       active: active ?? true)
    }
}

/// `PATCH /v1/contacts/{id}`: any of the fields; `""` clears the email, postal address or language.
public struct ContactUpdate: Codable, Sendable, Hashable, KnownFields {
    public var name: String?
    public var relationship: ContactRelationship?
    public var email: String?
    public var postalAddress: String?
    public var preferredLanguage: String?
    public var needs: [ContactNeed]?
    public var youngPersonAgreed: Bool?
    public var active: Bool?
    public static let fields = ContactCreate.fields

    public init(name: String? = nil, relationship: ContactRelationship? = nil, email: String? = nil,
                postalAddress: String? = nil, preferredLanguage: String? = nil, needs: [ContactNeed]? = nil,
                youngPersonAgreed: Bool? = nil, active: Bool? = nil) {
        self.name = name
        self.relationship = relationship
        self.email = email
        self.postalAddress = postalAddress
        self.preferredLanguage = preferredLanguage
        self.needs = needs
        self.youngPersonAgreed = youngPersonAgreed
        self.active = active
    }

    public var patch: ContactPatch {
        ContactPatch(name: name, relationship: relationship, email: email, postalAddress: postalAddress,
                     preferredLanguage: preferredLanguage, needs: needs, youngPersonAgreed: youngPersonAgreed, active: active)
    }
}

/// A family contact as the API shows it.
public struct ContactView: Codable, Sendable, Hashable {
    public var id: Int64
    public var childId: Int64
    public var name: String
    public var relationship: ContactRelationship
    public var email: String?
    public var postalAddress: String?
    public var preferredLanguage: String?
    public var needs: [ContactNeed]
    public var youngPersonAgreed: Bool
    public var active: Bool

    public init(_ contact: FamilyContact) {
        id = contact.id.rawValue
        childId = contact.childID.rawValue
        name = contact.name
        relationship = contact.relationship
        email = contact.email?.value
        postalAddress = contact.postalAddress
        preferredLanguage = contact.preferredLanguage
        needs = contact.needs
        youngPersonAgreed = contact.youngPersonAgreed
        active = contact.active
    }
}

/// A letter to a family without email, as `GET /v1/letters` lists it (the letter itself is
/// `GET /v1/letters/{id}`, an HTML page to print).
public struct LetterView: Codable, Sendable, Hashable {
    public var id: Int64
    public var contactId: Int64?
    public var planId: Int64?
    public var kind: NoticeKind
    public var state: String
    public var createdAt: String
    public var postedAt: String?

    public init(id: Int64, contactId: Int64?, planId: Int64?, kind: NoticeKind, state: String, createdAt: String,
                postedAt: String?) {
        self.id = id
        self.contactId = contactId
        self.planId = planId
        self.kind = kind
        self.state = state
        self.createdAt = createdAt
        self.postedAt = postedAt
    }
}
