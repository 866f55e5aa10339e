import GRDB
public import ReviewCore

extension ReviewStore {
    /// Adds a child. A year group given is recorded with the academic year it was given for (the core's
    /// ``NewChild`` decides which) and counts on from there.
    public func addChild(_ new: NewChild, by actor: AuditActor) async throws -> Child {
        let now = Timestamp.text(clock.now())
        let audit = auditWriter(actor)
        return try await write { db in
            try db.cachedStatement(sql: """
                    INSERT INTO children (given_name, family_name, date_of_birth, year_group, year_group_academic_year, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [new.givenName, new.familyName, new.dateOfBirth.description, new.yearGroup?.rawValue,
                            new.yearGroupOverride?.academicYear, now])
            let id = ChildID(db.lastInsertedRowID)
            let fields = ["given_name", "family_name", "date_of_birth"] + (new.yearGroup == nil ? [] : ["year_group"])
            try audit.record(db, action: "child.add", entity: "child", id: id.rawValue,
                             summary: "added child \(id) (\(fields.joined(separator: ", ")))")
            return try Self.fetchChild(db, id).orThrow(.notFound(entity: "child", id: id.rawValue, field: nil))
        }
    }

    /// The child, or `nil`.
    public func child(_ id: ChildID) async throws -> Child? {
        try await read { db in try Self.fetchChild(db, id) }
    }

    static func fetchChild(_ db: Database, _ id: ChildID) throws -> Child? {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM children WHERE id = ?"), arguments: [id.rawValue])
        else { return nil }
        let override: YearGroupOverride? = {
            guard let group: Int = row["year_group"], let year: Int = row["year_group_academic_year"] else { return nil }
            return YearGroupOverride(yearGroup: YearGroup(group), academicYear: year)
        }()
        return Child(id: id, givenName: row["given_name"], familyName: row["family_name"],
                     dateOfBirth: try row.civilDate("date_of_birth"), yearGroupOverride: override)
    }
}

extension Optional {
    /// The value, or `error` thrown.
    func orThrow(_ error: StoreError) throws -> Wrapped {
        guard let value = self else { throw error }
        return value
    }
}
