import GRDB
import ReviewCore

extension ImportApplier {
    /// A professional by email (case-insensitive): added, or the changed fields updated (audited).
    func apply(_ row: ProfessionalImportRow) throws -> ImportOutcome {
        let new: NewProfessional
        do {
            new = try NewProfessional(name: row.name, email: row.email.value, role: row.role, service: row.service,
                                      active: row.active, dailyDigest: row.dailyDigest)
        } catch {
            throw problem(error, line: row.line)
        }
        guard let existing = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM professionals WHERE email = ?"),
                                              arguments: [new.email.value]) else {
            try db.cachedStatement(sql: """
                    INSERT INTO professionals (name, email, role, service, active, digest_opt_out, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [new.name, new.email.value, new.role.rawValue, new.service.rawValue, new.active,
                            !new.dailyDigest, timestamp, timestamp])
            return .created
        }
        let id: Int64 = existing["id"]
        var changed: [String] = []
        if existing["email"] != new.email.value { changed.append("email") }
        if existing["name"] != new.name { changed.append("name") }
        if existing["role"] != new.role.rawValue { changed.append("role") }
        if existing["service"] != new.service.rawValue { changed.append("service") }
        if existing["active"] != new.active { changed.append("active") }
        if existing["digest_opt_out"] != !new.dailyDigest { changed.append("daily_digest") }
        guard !changed.isEmpty else { return .unchanged }
        try db.cachedStatement(sql: """
                UPDATE professionals SET name = ?, email = ?, role = ?, service = ?, active = ?, digest_opt_out = ?,
                                         updated_at = ?
                WHERE id = ?
                """).execute(arguments: [new.name, new.email.value, new.role.rawValue, new.service.rawValue, new.active, !new.dailyDigest,
                        timestamp, id])
        try audit.record(db, action: "professional.update", entity: "professional", id: id,
                         summary: "import changed \(changed.joined(separator: ", "))")
        return .updated
    }
}
