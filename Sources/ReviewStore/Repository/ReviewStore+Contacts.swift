import Foundation
import GRDB
public import ReviewCore

/// The family's contacts. The audit says what was done and to which child, never a contact's name,
/// address or needs.
extension ReviewStore {
    public func addContact(child childID: ChildID, _ new: NewContact, by actor: AuditActor) async throws -> FamilyContact {
        let now = Timestamp.text(clock.now())
        let audit = auditWriter(actor)
        return try await write { db in
            guard try Self.fetchChild(db, childID) != nil else {
                throw StoreError.notFound(entity: "child", id: childID.rawValue, field: nil)
            }
            try db.execute(sql: """
                INSERT INTO contacts (child_id, name, relationship, email, postal_address, preferred_language, needs,
                                      young_person_agreed, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [childID.rawValue] + Self.contactArguments(new) + [now])
            let id = ContactID(db.lastInsertedRowID)
            try audit.record(db, action: "contact.add", entity: "child", id: childID.rawValue,
                             summary: "contact \(id) (\(new.relationship.rawValue)) added")
            return try Self.requireContact(db, id)
        }
    }

    public func updateContact(_ id: ContactID, _ patch: ContactPatch, by actor: AuditActor) async throws -> FamilyContact {
        let audit = auditWriter(actor)
        return try await write { db in
            let contact = try Self.requireContact(db, id)
            let new: NewContact
            do throws(FieldError) { new = try patch.applied(to: contact) } catch { throw StoreError.invalid(error) }
            try db.execute(sql: """
                UPDATE contacts SET name = ?, relationship = ?, email = ?, postal_address = ?, preferred_language = ?,
                                    needs = ?, young_person_agreed = ?, active = ?
                WHERE id = ?
                """, arguments: Self.contactArguments(new) + [id.rawValue])
            try audit.record(db, action: "contact.update", entity: "child", id: contact.childID.rawValue,
                             summary: "contact \(id) changed")
            return try Self.requireContact(db, id)
        }
    }

    public func contact(_ id: ContactID) async throws -> FamilyContact? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM contacts WHERE id = ?", arguments: [id.rawValue]).map(Self.contact(from:))
        }
    }

    public func contacts(child childID: ChildID) async throws -> [FamilyContact] {
        try await read { db in
            guard try Self.fetchChild(db, childID) != nil else {
                throw StoreError.notFound(entity: "child", id: childID.rawValue, field: nil)
            }
            return try Self.fetchContacts(db, childID)
        }
    }

    static func fetchContacts(_ db: Database, _ childID: ChildID) throws -> [FamilyContact] {
        try Row.fetchAll(db, sql: "SELECT * FROM contacts WHERE child_id = ? ORDER BY id", arguments: [childID.rawValue])
            .map(contact(from:))
    }

    static func requireContact(_ db: Database, _ id: ContactID) throws -> FamilyContact {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM contacts WHERE id = ?", arguments: [id.rawValue]) else {
            throw StoreError.notFound(entity: "contact", id: id.rawValue, field: nil)
        }
        return try contact(from: row)
    }

    static func contactArguments(_ new: NewContact) -> StatementArguments {
        let needs = "[" + new.needs.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        return [new.name, new.relationship.rawValue, new.email?.value, new.postalAddress, new.preferredLanguage, needs,
                new.youngPersonAgreed, new.active]
    }

    static func contact(from row: Row) throws -> FamilyContact {
        let needsText: String = row["needs"]
        let needs = (try? JSONDecoder().decode([ContactNeed].self, from: Data(needsText.utf8))) ?? []
        let email: String? = row["email"]
        return FamilyContact(id: ContactID(row["id"]), childID: ChildID(row["child_id"]), name: row["name"],
                             relationship: try row.enumValue("relationship"),
                             email: try email.map { try EmailAddress($0) }, postalAddress: row["postal_address"],
                             preferredLanguage: row["preferred_language"], needs: needs,
                             youngPersonAgreed: row["young_person_agreed"], active: row["active"])
    }
}
