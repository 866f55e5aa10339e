import Foundation
import GRDB
import ReviewCore
@testable import ReviewStore
import ReviewTestSupport
import Testing

@Suite("Indexes serve the daemon's hot queries without a table scan (EXPLAIN QUERY PLAN)")
struct QueryPlanTests {
    static func plan(of sql: String, _ arguments: StatementArguments, in store: ReviewStore) async throws -> String {
        try await store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String }
                .joined(separator: "\n")
        }
    }

    /// The plan's own steps, without those of its subqueries (the caseworker look-up sorts a plan's few
    /// contributors; that is not the list's order).
    static func topLevelPlan(of sql: String, _ arguments: StatementArguments, in store: ReviewStore) async throws -> String {
        try await store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .filter { ($0["parent"] as Int) == 0 }
                .map { $0["detail"] as String }
                .joined(separator: "\n")
        }
    }

    @Test("what is late now reads the open-deadlines index in due order")
    func lateNowUsesIndex() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let detail = try await Self.topLevelPlan(of: ReviewStore.DeadlineSQL.late, ["2026-11-28", 50, 0, "2026-11-29"], in: store)
        #expect(detail.contains("USING INDEX deadlines_open"), "\(detail)")
        #expect(!detail.contains("SCAN d\n") && !detail.contains("SCAN deadlines"), "\(detail)")
        #expect(!detail.contains("TEMP B-TREE FOR ORDER BY"), "the due order comes from the index: \(detail)")
        let count = try await Self.plan(of: ReviewStore.DeadlineSQL.lateCount, ["2026-11-28", "2026-11-29"], in: store)
        #expect(count.contains("USING COVERING INDEX deadlines_open"), "counting never visits the table: \(count)")
    }

    @Test("what falls due next is one look-up in the open-deadlines index")
    func nextDueUsesIndex() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let detail = try await Self.plan(of: ReviewStore.DeadlineSQL.nextOpenDueOnOrAfter, ["2026-11-29"], in: store)
        #expect(detail.contains("deadlines_open"), "\(detail)")
        #expect(!detail.contains("SCAN deadlines\n") && detail != "SCAN deadlines", "\(detail)")
    }

    @Test("the outbox finds due notices through its partial index")
    func dueNoticesUseIndex() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let detail = try await Self.plan(of: "SELECT id FROM notices " + OutboxSQL.dueClause,
                                         ["2026-11-29T00:00:00.000Z", 10], in: store)
        #expect(detail.contains("USING INDEX notices_due"), "\(detail)")
        #expect(!detail.contains("TEMP B-TREE"), "due order should come from the index: \(detail)")
        let next = try await Self.plan(of: OutboxSQL.nextDue, [], in: store)
        #expect(next.contains("notices_due"), "\(next)")
    }

    @Test("the digest's on-time chart and its done and lapsed counts read an index range, never the table")
    func digestChangesUseIndexes() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let chart = try await Self.plan(of: DigestReader.onTimeSQL, ["2025-12-01", "2026-11-30"], in: store)
        #expect(chart.contains("USING COVERING INDEX deadlines_by_rule"), "\(chart)")
        let done = try await Self.plan(of: DigestReader.closedCountSQL(column: "done_on", extra: ""),
                                       ["2026-11-28", "2026-11-29"], in: store)
        #expect(done.contains("deadlines_done"), "\(done)")
        let lapsed = try await Self.plan(of: DigestReader.closedCountSQL(column: "closed_on", extra: DigestReader.lapsedCondition),
                                         ["2026-11-28", "2026-11-29"], in: store)
        #expect(lapsed.contains("deadlines_lapsed"), "\(lapsed)")
    }
}
