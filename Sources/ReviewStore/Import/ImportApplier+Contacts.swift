import GRDB
import ReviewCore

extension ImportApplier {
    /// A family contact by child (`child_ref`) and name (any case): added, or its changed fields updated.
    /// The audit names the contact by id and never carries their name, address or needs. No message is
    /// sent: the family hears from the daemon when something happens to the plan.
    func apply(_ row: ContactImportRow) throws -> ImportOutcome {
        guard let child = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM children WHERE external_ref = ?"),
                                             arguments: [row.childRef]) else {
            throw RowProblems(line: row.line, column: "child_ref", "no child \(row.childRef): import the children first")
        }
        let new = row.contact
        let values = ReviewStore.contactArguments(new)
        let existing = try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT * FROM contacts WHERE child_id = ? AND lower(name) = lower(?) ORDER BY id
                """), arguments: [child, new.name]).map(ReviewStore.contact(from:))
        guard let stored = existing.first else {
            try db.cachedStatement(sql: """
                    INSERT INTO contacts (name, relationship, email, postal_address, preferred_language, needs,
                                          young_person_agreed, active, child_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: values + [child, timestamp])
            try audit.record(db, action: "contact.add", entity: "child", id: child,
                             summary: "contact \(db.lastInsertedRowID) (\(new.relationship.rawValue)) added by import")
            return .created
        }
        guard existing.count == 1 else {
            throw RowProblems(line: row.line, column: "name", "the child \(row.childRef) has \(existing.count) contacts "
                                + "with this name: change them with ehc-reviewctl contacts update")
        }
        let id = stored.id.rawValue
        let unchanged = stored.name == new.name && stored.relationship == new.relationship && stored.email == new.email
            && stored.postalAddress == new.postalAddress && stored.preferredLanguage == new.preferredLanguage
            && stored.needs == new.needs && stored.youngPersonAgreed == new.youngPersonAgreed && stored.active == new.active
        guard !unchanged else { return .unchanged }
        try db.cachedStatement(sql: """
                UPDATE contacts SET name = ?, relationship = ?, email = ?, postal_address = ?, preferred_language = ?,
                                    needs = ?, young_person_agreed = ?, active = ?
                WHERE id = ?
                """).execute(arguments: values + [id])
        try audit.record(db, action: "contact.update", entity: "child", id: child, summary: "contact \(id) changed by import")
        return .updated
    }
}
