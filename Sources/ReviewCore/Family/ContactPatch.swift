/// A change to a family contact (`PATCH /v1/contacts/{id}`): a field left out keeps its value; for the
/// email, postal address and language an empty text clears it — and the result is checked as a whole (a
/// contact left with neither email nor address is refused).
public struct ContactPatch: Sendable, Hashable {
    public var name: String?
    public var relationship: ContactRelationship?
    public var email: String?
    public var postalAddress: String?
    public var preferredLanguage: String?
    public var needs: [ContactNeed]?
    public var youngPersonAgreed: Bool?
    public var active: Bool?

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

    public var isEmpty: Bool {
        name == nil && relationship == nil && email == nil && postalAddress == nil && preferredLanguage == nil
            && needs == nil && youngPersonAgreed == nil && active == nil
    }

    /// The contact with this change, checked.
    public func applied(to contact: FamilyContact) throws(FieldError) -> NewContact {
        try NewContact(name: name ?? contact.name, relationship: relationship ?? contact.relationship,
                       email: email ?? contact.email?.value, postalAddress: postalAddress ?? contact.postalAddress,
                       preferredLanguage: preferredLanguage ?? contact.preferredLanguage, needs: needs ?? contact.needs,
                       youngPersonAgreed: youngPersonAgreed ?? contact.youngPersonAgreed, active: active ?? contact.active)
    }
}
