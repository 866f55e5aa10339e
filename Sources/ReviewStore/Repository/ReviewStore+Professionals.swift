import GRDB
public import ReviewCore

extension ReviewStore {
    /// Adds a professional. Emails are unique (case-insensitively): one person, one record.
    public func addProfessional(_ new: NewProfessional, by actor: AuditActor) async throws -> Professional {
        let now = Timestamp.text(clock.now())
        let audit = auditWriter(actor)
        return try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO professionals (name, email, role, service, active, digest_opt_out, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [new.name, new.email.value, new.role.rawValue, new.service.rawValue, new.active,
                            !new.dailyDigest, now, now])
            let id = ProfessionalID(db.lastInsertedRowID)
            try audit.record(db, action: "professional.add", entity: "professional", id: id.rawValue,
                             summary: "added professional \(id) (\(new.role.rawValue), \(new.service.rawValue))")
            return try Self.fetchProfessional(db, id)
                .orThrow(.notFound(entity: "professional", id: id.rawValue, field: nil))
        }
    }

    /// Changes the fields the patch sets.
    public func updateProfessional(_ id: ProfessionalID, _ patch: ProfessionalPatch, by actor: AuditActor) async throws
        -> Professional
    {
        let now = Timestamp.text(clock.now())
        let audit = auditWriter(actor)
        return try await write { db in
            guard var current = try Self.fetchProfessional(db, id) else {
                throw StoreError.notFound(entity: "professional", id: id.rawValue, field: nil)
            }
            current.name = patch.name ?? current.name
            current.email = patch.email ?? current.email
            current.role = patch.role ?? current.role
            current.service = patch.service ?? current.service
            current.active = patch.active ?? current.active
            current.dailyDigest = patch.dailyDigest ?? current.dailyDigest
            try db.execute(
                sql: """
                    UPDATE professionals SET name = ?, email = ?, role = ?, service = ?, active = ?, digest_opt_out = ?,
                                             updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [current.name, current.email.value, current.role.rawValue, current.service.rawValue,
                            current.active, !current.dailyDigest, now, id.rawValue])
            try audit.record(db, action: "professional.update", entity: "professional", id: id.rawValue,
                             summary: "changed \(patch.fieldNames.joined(separator: ", "))"
                                + (patch.active.map { $0 ? " (now active)" : " (now inactive)" } ?? ""))
            return current
        }
    }

    public func professional(_ id: ProfessionalID) async throws -> Professional? {
        try await read { db in try Self.fetchProfessional(db, id) }
    }

    /// Professionals by id, a page at a time: those with an id above `after`, at most `limit`.
    public func professionals(after: ProfessionalID? = nil, limit: Int = 100) async throws -> [Professional] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM professionals WHERE id > ? ORDER BY id LIMIT ?",
                             arguments: [after?.rawValue ?? 0, limit])
                .map(Self.professional(from:))
        }
    }

    static func fetchProfessional(_ db: Database, _ id: ProfessionalID) throws -> Professional? {
        try Row.fetchOne(db, sql: "SELECT * FROM professionals WHERE id = ?", arguments: [id.rawValue])
            .map(professional(from:))
    }

    static func professional(from row: Row) throws -> Professional {
        let email: String = row["email"]
        guard let address = try? EmailAddress(email) else {
            throw StoreError.database("column email holds a malformed address")
        }
        return Professional(id: ProfessionalID(row["id"]), name: row["name"], email: address,
                            role: try row.enumValue("role"), service: try row.enumValue("service"),
                            active: row["active"], dailyDigest: !(row["digest_opt_out"] as Bool))
    }
}
