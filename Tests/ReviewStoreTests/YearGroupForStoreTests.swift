import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// The store records a year group set by hand with the academic year the core says it was given for, and
/// an import compares overrides as they stand this year (issue 13).
@Suite("A year group set by hand is stored with its academic year")
struct YearGroupForStoreTests {
    /// TemporaryDatabase's day, 2026-11-29: academic year 2026/27.
    static let today = day("2026-11-29")

    static func child(_ group: Int, for year: Int?) -> ImportItem {
        .row(.child(ChildImportRow(line: 2, childRef: "C1", givenName: "Amira", familyName: "Begum",
                                   dateOfBirth: day("2013-10-01"), yearGroup: YearGroup(group), yearGroupFor: year)))
    }

    static func importChild(_ store: ReviewStore, _ item: ImportItem) async throws -> ImportReport {
        let report = try await store.importRecords(kind: .children, dryRun: false, by: testAdmin,
                                                   records: { [item].makeIterator() })
        #expect(report.applied, "\(report.problems)")
        return report
    }

    @Test("added through the API's path: the academic year given is the one stored")
    func addChild() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let new = try NewChild(givenName: "A", familyName: "B", dateOfBirth: day("2013-10-01"), yearGroup: YearGroup(7),
                               yearGroupFor: 2025, today: Self.today)
        let child = try await store.addChild(new, by: testAdmin)
        #expect(child.yearGroupOverride == YearGroupOverride(yearGroup: YearGroup(7), academicYear: 2025))
        #expect(child.facts.yearGroup(on: Self.today) == YearGroup(8))
        #expect(try await store.child(child.id)?.yearGroupOverride?.academicYear == 2025)
    }

    @Test("imported for last year, then this year's file with the group counted on: unchanged; a real change updates")
    func importComparesThisYear() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        #expect(try await Self.importChild(store, Self.child(7, for: 2025)).created == 1)
        let same = try await Self.importChild(store, Self.child(8, for: nil))
        #expect((same.created, same.updated, same.unchanged) == (0, 0, 1))
        let sameAgain = try await Self.importChild(store, Self.child(7, for: 2025))
        #expect(sameAgain.unchanged == 1)
        let changed = try await Self.importChild(store, Self.child(7, for: nil))
        #expect(changed.updated == 1)
        let stored = try #require(try await store.child(ChildID(1)))
        #expect(stored.yearGroupOverride == YearGroupOverride(yearGroup: YearGroup(7), academicYear: 2026))
    }

    @Test("an import naming a year not begun is refused with its line and column, and writes nothing")
    func importRefused() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let report = try await store.importRecords(kind: .children, dryRun: false, by: testAdmin,
                                                   records: { [Self.child(8, for: 2028)].makeIterator() })
        #expect(!report.applied)
        #expect(report.problems.map(\.description).contains { $0.contains("line 2") && $0.contains("year_group_for") },
                "\(report.problems)")
        #expect(try await store.child(ChildID(1)) == nil)
    }
}
