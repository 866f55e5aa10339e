import Foundation
import GRDB
import ReviewCore
@testable import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 11 item 9: a backup taken while the daemon writes is a consistent, sound copy; restoring it gives
/// the same plans, deadlines and outbox; a database made by a newer version is refused, untouched.
@Suite("Backup, restore and upgrade of the database")
struct BackupAndUpgradeTests {
    @Test("a backup taken during writes opens alone, passes integrity_check and restores the same plans, deadlines and outbox")
    func backupAndRestore() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        try await store.addContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin)
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        let copyPath = seeded.database.folder.appendingPathComponent("copy.sqlite").path
        // Writers keep going while the copy is taken.
        async let writes: Void = {
            for index in 0..<40 {
                let child = try await store.addChild(try NewChild(givenName: "C\(index)", familyName: "D", dateOfBirth: day("2014-01-01"),
                                                                  today: store.today), by: testAdmin)
                _ = try await store.addPlan(try NewPlan(childID: child.id, reference: "EHC-B\(index)"), by: testAdmin)
            }
        }()
        let copy = try await store.backup(to: copyPath)
        try await writes
        #expect(copy.integrity == ["ok"])
        #expect(copy.bytes > 0)
        #expect(!FileManager.default.fileExists(atPath: copyPath + "-wal"), "one self-contained file")

        // A plan is in the copy with all its rows, or not at all (one snapshot): every plan has its deadlines.
        let restored = try ReviewStore(path: copyPath, clock: seeded.database.clock, timeZone: london)
        let plans = try await restored.plans(limit: 1000)
        #expect(plans.count >= 1)
        let original = try await store.deadlines(plan: seeded.plan.id, asOf: day("2026-11-29"))
        #expect(try await restored.deadlines(plan: seeded.plan.id, asOf: day("2026-11-29")) == original)
        #expect(try await restored.notices(limit: 1000) == (try await store.notices(limit: 1000)).filter { notice in
            plans.contains { $0.id == notice.planID }
        })
        #expect(try await restored.integrityCheck() == ["ok"])
        try restored.close()
    }

    @Test("a backup to a folder that does not exist fails cleanly and leaves the live database as it was")
    func backupFails() async throws {
        let seeded = try await SeededStore()
        await #expect(throws: (any Error).self) {
            _ = try await seeded.store.backup(to: "/nonexistent-folder-\(UUID().uuidString)/copy.sqlite")
        }
        #expect(try await seeded.store.integrityCheck() == ["ok"])
        #expect(try await seeded.store.plans().count == 1)
    }

    @Test("a database with a schema version this release does not know is refused, and nothing is migrated")
    func newerSchemaRefused() async throws {
        let database = try TemporaryDatabase()
        try database.open().close()
        let queue = try DatabaseQueue(path: database.path)
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99_future')")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [SchemaMigrator.versions.last ?? ""])
        }
        try queue.close()
        #expect(throws: StoreError.newerSchema(unknown: ["v99_future"])) { try database.open() }
        let after = try DatabaseQueue(path: database.path)
        let applied = try await after.read { db in try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(!applied.contains(SchemaMigrator.versions.last ?? ""), "the missing migration was not applied")
        #expect(applied.contains("v99_future"))
        #expect(StoreError.newerSchema(unknown: ["v99_future"]).description.contains("newer ehc-reviewd"))
    }
}
