import ReviewCore
import Testing

/// A family contact (issue 15; DESIGN §3 `{name, relationship, email?, postal_address?, preferred_language?,
/// needs?}`): reachable by email or post, each problem naming its field.
@Suite("NewContact and ContactPatch — the family's contacts")
struct NewContactTests {
    @Test("email or post or both; blanks are none; needs without repeats; the address kept as lines")
    func valid() throws {
        let mum = try NewContact(name: "Aisha Begum", relationship: .parent, email: "aisha@example.org",
                                 needs: [.easyRead, .easyRead, .interpreter])
        #expect(mum.needs == [.easyRead, .interpreter] && mum.postalAddress == nil)
        let nan = try NewContact(name: "Nan", relationship: .carer, email: " ", postalAddress: " 1 High St \n\n Leeds LS1 1AA ")
        #expect(nan.email == nil && nan.postalAddress == "1 High St\nLeeds LS1 1AA")
    }

    @Test("each problem names its field", arguments: [
        ("no way to reach them", "email"), ("bad email", "email"), ("address too long", "postal_address"),
        ("young person agreeing for themselves", "young_person_agreed"), ("two-line name", "name"),
    ])
    func refused(case name: String, field: String) {
        do {
            switch name {
            case "no way to reach them": _ = try NewContact(name: "A", relationship: .parent)
            case "bad email": _ = try NewContact(name: "A", relationship: .parent, email: "not-an-address")
            case "address too long":
                _ = try NewContact(name: "A", relationship: .parent, postalAddress: (1...9).map { "line \($0)" }.joined(separator: "\n"))
            case "young person agreeing for themselves":
                _ = try NewContact(name: "A", relationship: .youngPerson, email: "a@example.org", youngPersonAgreed: true)
            default: _ = try NewContact(name: "A\nB", relationship: .parent, email: "a@example.org")
            }
            Issue.record("\(name) was accepted")
        } catch {
            #expect(error.field == field, "\(name): \(error)")
        }
    }

    @Test("a patch keeps what it leaves out, clears what it empties, and cannot leave the family unreachable")
    func patch() throws {
        let contact = FamilyContact(id: ContactID(1), childID: ChildID(1), name: "Aisha", relationship: .parent,
                                    email: try EmailAddress("aisha@example.org"), postalAddress: "1 High St",
                                    preferredLanguage: "Urdu", needs: [.largePrint], youngPersonAgreed: false, active: true)
        let changed = try ContactPatch(email: "", preferredLanguage: "").applied(to: contact)
        #expect(changed.email == nil && changed.postalAddress == "1 High St" && changed.preferredLanguage == nil)
        #expect(changed.needs == [.largePrint] && changed.name == "Aisha")
        #expect(throws: FieldError.self) { try ContactPatch(email: "", postalAddress: "").applied(to: contact) }
    }
}
