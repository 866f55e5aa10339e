/// Who a family contact is to the child (DESIGN §3): the law's recipients are the parent (a carer with
/// parental responsibility counts as one), the young person once over compulsory school age, and — for a
/// young person who lacks capacity — their representative (`deputy`: a Court of Protection deputy or an
/// attorney, CFA 2014 s80); an advocate is copied where the family asks.
public enum ContactRelationship: String, Sendable, Hashable, Codable, CaseIterable {
    case parent
    case carer
    case youngPerson = "young_person"
    case advocate
    case deputy
}

/// What a contact needs to read a message (issue 15): large print, easy read, an interpreter.
public enum ContactNeed: String, Sendable, Hashable, Codable, CaseIterable {
    case largePrint = "large_print"
    case easyRead = "easy_read"
    case interpreter
}

/// A member of the child's family, or their representative, as the authority writes to them.
///
/// It exists apart from professionals because it is the most sensitive data the daemon holds: a family's
/// address and needs appear only in their own messages and in the API, never in a professional's message
/// and never in a log line.
public struct FamilyContact: Sendable, Hashable, Codable {
    public var id: ContactID
    public var childID: ChildID
    public var name: String
    public var relationship: ContactRelationship
    public var email: EmailAddress?
    /// Lines of a postal address, for letters when there is no email.
    public var postalAddress: String?
    /// As the family writes it ("Polish", "British Sign Language").
    public var preferredLanguage: String?
    public var needs: [ContactNeed]
    /// For a parent or carer of a young person over compulsory school age: the young person has agreed that
    /// this contact is told too (CFA 2014 s83: the young person decides).
    public var youngPersonAgreed: Bool
    /// An inactive contact gets nothing (moved away, no longer involved).
    public var active: Bool

    public init(id: ContactID, childID: ChildID, name: String, relationship: ContactRelationship, email: EmailAddress?,
                postalAddress: String?, preferredLanguage: String?, needs: [ContactNeed], youngPersonAgreed: Bool,
                active: Bool) {
        self.id = id
        self.childID = childID
        self.name = name
        self.relationship = relationship
        self.email = email
        self.postalAddress = postalAddress
        self.preferredLanguage = preferredLanguage
        self.needs = needs
        self.youngPersonAgreed = youngPersonAgreed
        self.active = active
    }
}
