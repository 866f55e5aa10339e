import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReviewAPI
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 11 item 5: a reader's refused writes stay audited, but as one line per caller and minute with a
/// count — 5,000 refused POSTs used to add 5,000 audit rows (4.5 MB).
@Suite("Admin API: refused writes are audited per caller and minute, with a count")
struct AdminAPIRefusalAuditTests {
    static let child = #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#

    /// The database file and its WAL, in bytes.
    static func onDisk(_ database: TemporaryDatabase) -> Int {
        [database.path, database.path + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }

    @Test("5,000 refused POSTs by one reader: one audit line counting 5,000, and under 100 KB on disk")
    func manyRefusals() async throws {
        let harness = try AdminAPIHarness()
        let before = Self.onDisk(harness.database)
        let statuses = try await harness.test(as: AdminAPIHarness.reader) { client in
            var statuses: [Int: Int] = [:]
            for _ in 0..<5_000 {
                statuses[try await client.call(.post, "/v1/children", json: Self.child).status, default: 0] += 1
            }
            return statuses
        }
        await harness.environment.flushAudit()
        #expect(statuses == [403: 5_000], "every attempt is still refused")
        let audit = try await harness.store.auditEntries()
        #expect(audit.count == 1)
        #expect(audit.first?.action == "denied")
        #expect(audit.first?.count == 5_000)
        #expect(audit.first?.actor.userName == "bob")
        #expect(audit.first?.summary == "write refused: POST /v1/children")
        let grown = Self.onDisk(harness.database) - before
        #expect(grown < 100_000, "the database and WAL grew by \(grown) bytes")
    }

    @Test("each caller and each minute has its own line; other routes are summed into the same minute")
    func perCallerAndMinute() async throws {
        let harness = try AdminAPIHarness()
        let other = CallerIdentity(uid: 1009, gid: 1009, pid: 9, userName: "dave", groups: [1009])
        for caller in [AdminAPIHarness.reader, other] {
            try await harness.test(as: caller) { client in
                _ = try await client.call(.post, "/v1/children", json: Self.child)
                _ = try await client.call(.post, "/v1/professionals", json: "{}")
            }
        }
        harness.database.clock.advance(by: 60)
        try await harness.test(as: AdminAPIHarness.reader) { client in
            _ = try await client.call(.post, "/v1/children", json: Self.child)
        }
        await harness.environment.flushAudit()
        let audit = try await harness.store.auditEntries()
        let lines = audit.map { "\($0.actor.userName) \($0.count) \($0.summary)" }.sorted()
        #expect(lines == [
            "bob 1 write refused: POST /v1/children",
            "bob 2 write refused: several routes",
            "dave 2 write refused: several routes",
        ], "\(lines)")
    }

    @Test("a count held in memory is written when the admin server stops, not lost")
    func flushOnStop() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test(as: AdminAPIHarness.reader) { client in
            for _ in 0..<3 { _ = try await client.call(.post, "/v1/children", json: Self.child) }
        }
        // The first refusal is on disk at once; the other two wait for the flush.
        #expect(try await harness.store.auditEntries().first?.count == 1)
        await harness.environment.flushAudit()
        #expect(try await harness.store.auditEntries().first?.count == 3)
    }

    @Test("the store adds counts to the caller's line for the minute, however many writers race")
    func storeUpsert() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let actor = AuditActor(uid: 1002, userName: "bob", via: "POST /v1/children")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await store.recordRefusals(bucket: "1002@2026-11-29T09:00Z", count: 5, route: "POST /v1/children",
                                                   at: database.clock.now(), by: actor)
                }
            }
            try await group.waitForAll()
        }
        let audit = try await store.auditEntries()
        #expect(audit.count == 1)
        #expect(audit.first?.count == 100)
    }
}
