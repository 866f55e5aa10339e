import Foundation
import GRDB
import ReviewCore
@testable import ReviewStore
import ReviewTestSupport
import Testing

@Suite("A full disk fails the write cleanly")
struct FullDiskTests {
    @Test("when the database cannot grow, a write fails with storageFull and leaves nothing behind")
    func fullDisk() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        let auditBefore = try await store.auditEntries(limit: 1000).count
        // Cap the file at its current size on the writer connection: SQLite then reports SQLITE_FULL,
        // exactly as it does when the disk itself is full.
        try await store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let address = try EmailAddress("therapist@nhs.example")
        let batch = (0..<5_000).map { _ in
            NewNotice(planID: seeded.plan.id, professionalID: seeded.therapist.id, recipient: address, kind: .finalIssued,
                      payload: #"{"padding":"\#(String(repeating: "x", count: 200))"}"#)
        }
        let error = await storeError { try await store.enqueue(batch) }
        #expect(error == .storageFull)
        #expect(try await store.notices().isEmpty)
        #expect(try await store.auditEntries(limit: 1000).count == auditBefore)
        #expect(try await store.integrityCheck() == ["ok"])
    }
}
