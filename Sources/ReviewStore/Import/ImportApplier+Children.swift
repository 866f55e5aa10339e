import GRDB
import ReviewCore

extension ImportApplier {
    /// A child by `child_ref`: added, or its changed fields updated (audited). A changed date of birth or
    /// year group re-materialises the deadlines of the child's plans, which depend on them.
    func apply(_ row: ChildImportRow) throws -> ImportOutcome {
        let new: NewChild
        do {
            new = try NewChild(givenName: row.givenName, familyName: row.familyName, dateOfBirth: row.dateOfBirth,
                               yearGroup: row.yearGroup, yearGroupFor: row.yearGroupFor, today: today)
        } catch {
            throw problem(error, line: row.line)
        }
        guard let existing = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM children WHERE external_ref = ?"),
                                              arguments: [row.childRef]) else {
            try db.cachedStatement(sql: """
                    INSERT INTO children (given_name, family_name, date_of_birth, year_group, year_group_academic_year,
                                          created_at, external_ref)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [new.givenName, new.familyName, new.dateOfBirth.description, new.yearGroup?.rawValue,
                            new.yearGroupOverride?.academicYear, timestamp, row.childRef])
            return .created
        }
        let id: Int64 = existing["id"]
        // An override counts on from the academic year it was given for: compare both as they stand this year.
        let stored: YearGroupOverride? = {
            guard let group: Int = existing["year_group"], let year: Int = existing["year_group_academic_year"] else { return nil }
            return YearGroupOverride(yearGroup: YearGroup(group), academicYear: year)
        }()
        let thisYear = AcademicCalendar.academicYear(containing: today)
        let asStored = stored.map { ChildFacts(dateOfBirth: new.dateOfBirth, yearGroupOverride: $0).yearGroup(inAcademicYear: thisYear) }
        let asImported = new.yearGroupOverride.map {
            ChildFacts(dateOfBirth: new.dateOfBirth, yearGroupOverride: $0).yearGroup(inAcademicYear: thisYear)
        }
        var changed: [String] = []
        if existing["given_name"] != new.givenName { changed.append("given_name") }
        if existing["family_name"] != new.familyName { changed.append("family_name") }
        if existing["date_of_birth"] != new.dateOfBirth.description { changed.append("date_of_birth") }
        if asStored != asImported { changed.append("year_group") }
        guard !changed.isEmpty else { return .unchanged }
        try db.cachedStatement(sql: """
                UPDATE children SET given_name = ?, family_name = ?, date_of_birth = ?, year_group = ?,
                                     year_group_academic_year = ?
                WHERE id = ?
                """).execute(arguments: [new.givenName, new.familyName, new.dateOfBirth.description, new.yearGroup?.rawValue,
                        new.yearGroupOverride?.academicYear, id])
        try audit.record(db, action: "child.update", entity: "child", id: id,
                         summary: "import changed \(changed.joined(separator: ", "))")
        if changed.contains("date_of_birth") || changed.contains("year_group") {
            for plan in try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM plans WHERE child_id = ?"), arguments: [id]) {
                try ReviewStore.refreshDeadlines(db, PlanID(plan), calculator: calculator, today: today)
            }
        }
        return .updated
    }
}
