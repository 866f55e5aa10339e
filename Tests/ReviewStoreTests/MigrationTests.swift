import Foundation
import GRDB
import ReviewCore
@testable import ReviewStore
import ReviewTestSupport
import Testing

@Suite("Schema migrations")
struct MigrationTests {
    @Test("a new database gets every migration, in order")
    func freshDatabaseIsFullyMigrated() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        #expect(try await store.appliedMigrations() == SchemaMigrator.versions)
        #expect(try await store.integrityCheck() == ["ok"])
    }

    @Test("a database left at any earlier version migrates forward and keeps its rows",
          arguments: Array(SchemaMigrator.versions.indices.dropLast()))
    func migratesFromEveryEarlierVersion(stopIndex: Int) async throws {
        let database = try TemporaryDatabase()
        let stop = SchemaMigrator.versions[stopIndex]
        do {
            let queue = try DatabaseQueue(path: database.path)
            try SchemaMigrator.migrator.migrate(queue, upTo: stop)
            // Rows every version since v1 has: a child and a plan.
            try await queue.write { db in
                try db.execute(sql: """
                    INSERT INTO children (id, given_name, family_name, date_of_birth, created_at)
                    VALUES (1, 'Old', 'Row', '2015-01-02', '2025-01-01T00:00:00.000Z');
                    INSERT INTO plans (id, child_id, reference, created_at)
                    VALUES (1, 1, 'EHC-OLD', '2025-01-01T00:00:00.000Z');
                    INSERT INTO plan_events (plan_id, kind, occurred_on, version, recorded_at)
                    VALUES (1, 'final_issued', '2025-03-14', 1, '2025-03-14T10:00:00.000Z');
                    """)
            }
            try queue.close()
        }
        let store = try database.open()
        #expect(try await store.appliedMigrations() == SchemaMigrator.versions)
        let plan = try #require(try await store.plan(reference: "EHC-OLD"))
        #expect(plan.childID.rawValue == 1)
        let deadlines = try await store.deadlines(plan: plan.id, asOf: day("2026-03-14"))
        #expect(deadlines.contains { $0.rule == .annualReview && $0.dueOn == day("2026-03-13") && $0.state == .late })
        // The stored deadlines the indexes serve were made for the old plan on opening: the child (Year 6
        // in 2025/26) moved to secondary on 1 September 2026; by the store's today (29 November 2026) that
        // transfer review, due 14 February and never done, has lapsed (DESIGN §3); the annual review is late.
        let late = try await store.lateDeadlines(asOf: day("2026-03-14"))
        #expect(late.map(\.deadline.key) == ["annual_review@2025-03-14"])
        #expect(try await store.deadlines(plan: plan.id, asOf: day("2026-11-29"))
                    .first { $0.rule == .phaseTransfer && $0.dueOn == day("2026-02-14") }?.state == .lapsed)
        #expect(try await store.integrityCheck() == ["ok"])
    }

    @Test("opening an already migrated database changes nothing")
    func reopeningIsIdempotent() async throws {
        let database = try TemporaryDatabase()
        do {
            let store = try database.open()
            _ = try await store.addChild(
                try NewChild(givenName: "A", familyName: "B", dateOfBirth: day("2015-01-01"), today: day("2026-11-29")),
                by: testAdmin)
            try store.close()
        }
        let reopened = try database.open()
        #expect(try await reopened.appliedMigrations() == SchemaMigrator.versions)
        #expect(try await reopened.child(ChildID(1))?.givenName == "A")
    }
}
