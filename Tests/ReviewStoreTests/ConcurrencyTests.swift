import Foundation
import GRDB
import ReviewCore
@testable import ReviewStore
import ReviewTestSupport
import Testing

@Suite("WAL: readers are not blocked by a writer")
struct ConcurrencyTests {
    @Test("a read completes while a write transaction is held open, and sees the last committed state")
    func readerNotBlockedByWriter() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        let writerStarted = DispatchSemaphore(value: 0)
        let releaseWriter = DispatchSemaphore(value: 0)

        let writer = Task.detached {
            try await store.write { db in
                try db.execute(sql: "UPDATE plans SET reference = 'EHC-CHANGED' WHERE id = ?", arguments: [seeded.plan.id.rawValue])
                writerStarted.signal()
                // Hold the write transaction open until the reader has finished.
                _ = releaseWriter.wait(timeout: .now() + 10)
            }
        }
        writerStarted.wait()
        let during = try await store.plan(seeded.plan.id)
        releaseWriter.signal()
        try await writer.value

        #expect(during?.reference == "EHC-0001", "the reader saw the committed state, not the open write")
        #expect(try await store.plan(seeded.plan.id)?.reference == "EHC-CHANGED")
    }

    @Test("many concurrent writers each land exactly once")
    func concurrentWrites() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    _ = try await store.addProfessional(
                        try NewProfessional(name: "P\(index)", email: "p\(index)@nhs.example", role: .physiotherapist),
                        by: testAdmin)
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.professionals(limit: 100).count == 40)
        #expect(try await store.auditEntries(limit: 100).count == 40)
    }
}
