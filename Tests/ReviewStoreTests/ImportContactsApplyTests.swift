import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 15 item 1 at the store: contacts imported by child and name, all or nothing, re-imports idempotent,
/// changes audited without a word of the contact's details, no message sent.
@Suite("Import into the store: the family's contacts")
struct ImportContactsApplyTests {
    static func contact(_ line: Int, _ childRef: String, _ name: String, email: String? = "aisha@example.org",
                        address: String? = nil, relationship: ContactRelationship = .parent) throws -> ImportItem {
        .row(.contact(ContactImportRow(line: line, childRef: childRef, contact: try NewContact(
            name: name, relationship: relationship, email: email, postalAddress: address))))
    }

    @Test("added by child and name; the same file again is unchanged; a change is an update audited without details")
    func upsert() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await ImportApplyTests.importAuthority(store)
        let first = try await store.importRecords(
            kind: .contacts, dryRun: false, by: testAdmin,
            records: ImportApplyTests.records([try Self.contact(2, "C1", "Aisha Begum"),
                                               try Self.contact(3, "C1", "Omar Begum", email: nil, address: "3 Park Row\nLeeds")]))
        #expect(first.applied && first.created == 2, "\(first.problems)")
        let child = ChildID(1)
        #expect(try await store.contacts(child: child).map(\.name) == ["Aisha Begum", "Omar Begum"])

        let again = try await store.importRecords(
            kind: .contacts, dryRun: false, by: testAdmin,
            records: ImportApplyTests.records([try Self.contact(2, "C1", "AISHA BEGUM".capitalized),
                                               try Self.contact(3, "C1", "omar begum", email: nil, address: "3 Park Row\nLeeds")]))
        #expect((again.created, again.updated, again.unchanged) == (0, 1, 1),
                "the name's case changed for Omar: an update, matched without regard to case")

        let moved = try await store.importRecords(
            kind: .contacts, dryRun: false, by: testAdmin,
            records: ImportApplyTests.records([try Self.contact(2, "C1", "Aisha Begum", email: "aisha.new@example.org")]))
        #expect((moved.created, moved.updated, moved.unchanged) == (0, 1, 0))
        #expect(try await store.contacts(child: child).first?.email?.value == "aisha.new@example.org")
        #expect(try await store.contacts(child: child).count == 2, "a contact missing from a file is not removed")

        let audit = try await store.auditEntries()
        #expect(audit.contains { $0.action == "contact.update" })
        for entry in audit {
            for secret in ["Aisha", "Omar", "Park Row", "aisha", "example.org"] {
                #expect(!entry.summary.contains(secret), "the audit never holds a contact's details: \(entry.summary)")
            }
        }
        #expect(try await store.notices().isEmpty, "an import sends the family nothing")
    }

    @Test("an unknown child_ref is named, and nothing of the file is written")
    func unknownChild() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await ImportApplyTests.importAuthority(store)
        let report = try await store.importRecords(
            kind: .contacts, dryRun: false, by: testAdmin,
            records: ImportApplyTests.records([try Self.contact(2, "C1", "Aisha Begum"),
                                               try Self.contact(3, "C9", "Nobody Known")]))
        #expect(!report.applied)
        #expect(report.problems.map(\.description) == ["line 3, child_ref: no child C9: import the children first"])
        #expect(try await store.contacts(child: ChildID(1)).isEmpty, "all or nothing")
    }

    @Test("two contacts of one name for a child (added by hand) cannot be told apart by a file: named, not guessed")
    func ambiguousName() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await ImportApplyTests.importAuthority(store)
        for email in ["a@example.org", "b@example.org"] {
            _ = try await store.addContact(child: ChildID(1), try NewContact(name: "Sam Lee", relationship: .parent,
                                                                               email: email), by: testAdmin)
        }
        let report = try await store.importRecords(
            kind: .contacts, dryRun: false, by: testAdmin,
            records: ImportApplyTests.records([try Self.contact(2, "C1", "Sam Lee")]))
        #expect(report.problems.map(\.column) == ["name"])
        #expect(report.problems.first?.reason.contains("2 contacts with this name") == true)
    }
}
