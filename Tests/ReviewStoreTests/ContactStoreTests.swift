import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 15 item 1: contacts kept per child, changed, and audited without their personal data.
@Suite("Store: the family's contacts")
struct ContactStoreTests {
    @Test("added, listed, changed; the audit names no name, address or need")
    func lifecycle() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        let mum = try await store.addContact(child: seeded.child.id, try NewContact(
            name: "Aisha Begum", relationship: .parent, email: "aisha@example.org", postalAddress: "1 High St\nLeeds",
            needs: [.interpreter]), by: testAdmin)
        _ = try await store.addContact(child: seeded.child.id, try NewContact(name: "Nan", relationship: .carer,
                                                                             postalAddress: "2 Low Rd"), by: testAdmin)
        #expect(try await store.contacts(child: seeded.child.id).map(\.name) == ["Aisha Begum", "Nan"])
        let changed = try await store.updateContact(mum.id, ContactPatch(preferredLanguage: "Urdu", active: false), by: testAdmin)
        #expect(changed.preferredLanguage == "Urdu" && !changed.active && changed.needs == [.interpreter])
        #expect(changed.postalAddress == "1 High St\nLeeds")
        let audit = try await store.auditEntries(limit: 20).map(\.summary).joined(separator: "\n")
        for secret in ["Aisha", "High St", "interpreter", "Urdu", "aisha@"] {
            #expect(!audit.contains(secret), "\(secret) in the audit")
        }
        let missing = await storeError { _ = try await store.contacts(child: ChildID(999)) }
        #expect(missing == .notFound(entity: "child", id: 999, field: nil))
        let unreachable = await storeError {
            _ = try await store.updateContact(mum.id, ContactPatch(email: "", postalAddress: ""), by: testAdmin)
        }
        #expect(unreachable?.field == "email")
    }
}
