import Foundation

/// A family contact to be added, or the fields of one to change, checked field by field: a name (one
/// line), a relationship, and a way to reach them — an email address, a postal address, or both (a family
/// without email gets letters, issue 15) — plus the language and needs their messages should meet.
///
/// ```swift
/// let mum = try NewContact(name: "Aisha Begum", relationship: .parent, email: "aisha@example.org")
/// ```
public struct NewContact: Sendable, Hashable {
    public var name: String
    public var relationship: ContactRelationship
    public var email: EmailAddress?
    public var postalAddress: String?
    public var preferredLanguage: String?
    public var needs: [ContactNeed]
    public var youngPersonAgreed: Bool
    public var active: Bool

    public init(name: String, relationship: ContactRelationship, email: String? = nil, postalAddress: String? = nil,
                preferredLanguage: String? = nil, needs: [ContactNeed] = [], youngPersonAgreed: Bool = false,
                active: Bool = true) throws(FieldError) {
        self.name = try TextField.singleLine(name, field: "name")
        self.relationship = relationship
        self.email = try Self.blankIsNone(email).map { text throws(FieldError) in try EmailAddress(text, field: "email") }
        self.postalAddress = try Self.blankIsNone(postalAddress).map { text throws(FieldError) in try Self.address(text) }
        self.preferredLanguage = try Self.blankIsNone(preferredLanguage).map { text throws(FieldError) in
            try TextField.singleLine(text, field: "preferred_language", maxLength: 60)
        }
        var seen = Set<ContactNeed>()
        self.needs = needs.filter { seen.insert($0).inserted }
        self.youngPersonAgreed = youngPersonAgreed
        self.active = active
        guard self.email != nil || self.postalAddress != nil else {
            throw FieldError(field: "email", reason: "give an email address or a postal_address (or both): the family "
                                + "must be reachable")
        }
        if youngPersonAgreed && relationship == .youngPerson {
            throw FieldError(field: "young_person_agreed", reason: "is for the parent, carer or advocate a young person "
                                + "agrees may be told, not for the young person")
        }
    }

    /// Up to 8 lines of at most 100 characters, no control characters but line breaks; lines trimmed.
    static func address(_ text: String) throws(FieldError) -> String {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard (1...8).contains(lines.count) else {
            throw FieldError(field: "postal_address", reason: "must be 1 to 8 lines")
        }
        return try lines.map { line throws(FieldError) in
            try TextField.singleLine(String(line), field: "postal_address", maxLength: 100)
        }.joined(separator: "\n")
    }

    private static func blankIsNone(_ text: String?) -> String? {
        guard let text, !text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) else { return nil }
        return text
    }
}
