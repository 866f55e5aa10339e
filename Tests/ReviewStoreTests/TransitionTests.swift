import Foundation
import GRDB
import ReviewCore
@testable import ReviewStore
import ReviewTestSupport
import Testing

@Suite("Deadline transitions are recorded once, on the local date they happen")
struct TransitionTests {
    /// A plan first issued 2025-03-14 (annual review due 2026-03-13, so due soon on 2026-02-27 and late on
    /// 2026-03-14), for a Year 5 child (no preparation for adulthood yet) whose next transfer, to Year 7 in
    /// 2027, is due 14 February 2027.
    static func seeded(now: String) async throws -> (SeededStore, PlanID) {
        let seeded = try await SeededStore(born: "2016-05-10")
        seeded.database.clock.set(try #require(ISO8601DateFormatter().date(from: "2025-03-20T09:00:00Z")))
        _ = try await seeded.store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        seeded.database.clock.set(try #require(ISO8601DateFormatter().date(from: now)))
        return (seeded, seeded.plan.id)
    }

    @Test("day by day, each transition comes on its own date and only once")
    func dayByDay() async throws {
        let (seeded, planID) = try await Self.seeded(now: "2026-02-01T09:00:00Z")
        let store = seeded.store
        #expect(try await store.processTransitions(through: day("2026-02-01")).isEmpty)
        var found: [CivilDate: [DeadlineState]] = [:]
        var date = day("2026-02-02")
        while date <= day("2026-03-31") {
            for transition in try await store.processTransitions(through: date) {
                #expect(transition.on == date, "recorded on the day it happened")
                found[date, default: []].append(transition.state)
            }
            date = date.adding(days: 1)
        }
        #expect(found == [day("2026-02-27"): [.dueSoon], day("2026-03-14"): [.late]])
        #expect(try await store.transitions(plan: planID).map(\.state) == [.dueSoon, .late])
        #expect(try await store.transitionsProcessedThrough() == day("2026-03-31"))
    }

    @Test("a jump forward catches up with the true dates; a jump back records nothing")
    func clockJumps() async throws {
        let (seeded, planID) = try await Self.seeded(now: "2026-02-01T09:00:00Z")
        let store = seeded.store
        _ = try await store.processTransitions(through: day("2026-02-01"))
        let caughtUp = try await store.processTransitions(through: day("2026-06-01"))
        #expect(caughtUp.map(\.on) == [day("2026-02-27"), day("2026-03-14")])
        #expect(try await store.processTransitions(through: day("2026-01-01")).isEmpty)
        #expect(try await store.processTransitions(through: day("2026-06-01")).isEmpty)
        #expect(try await store.transitions(plan: planID).count == 2)
    }

    @Test("the very first run records only what happens that day; later downtime is caught up")
    func firstRunAndDowntime() async throws {
        let (seeded, _) = try await Self.seeded(now: "2026-03-14T09:00:00Z")
        // Never run before: the due-soon day (2026-02-27) is history; turning late today is recorded.
        let first = try await seeded.store.processTransitions(through: day("2026-03-14"))
        #expect(first.map(\.state) == [.late])
        #expect(first.map(\.on) == [day("2026-03-14")])
        #expect(try await seeded.store.processTransitions(through: day("2026-03-14")).isEmpty)
    }

    @Test("a meeting booked less than two weeks ahead is late at once in the lists, without a false 'turned late' record")
    func lateFromTheStart() async throws {
        let (seeded, planID) = try await Self.seeded(now: "2026-02-01T09:00:00Z")
        _ = try await seeded.store.processTransitions(through: day("2026-02-01"))
        // Meeting on 2026-02-10: invitations and advice were due on 2026-01-27.
        let review = try await seeded.store.scheduleReview(plan: planID, meetingOn: day("2026-02-10"), by: testAdmin)
        let late = try await seeded.store.lateDeadlines(asOf: day("2026-02-01"))
        #expect(late.map(\.deadline.key).contains("invitations@review:\(review.id)"))
        #expect(late.first { $0.deadline.key == "invitations@review:\(review.id)" }?.deadline.daysLate == 5)
        #expect(try await seeded.store.transitions(plan: planID).isEmpty)
        // The next day's pass does not invent a date for it either.
        let next = try await seeded.store.processTransitions(through: day("2026-02-02"))
        #expect(!next.contains { $0.key.hasSuffix("review:\(review.id)") && $0.state == .late })
    }

    @Test("guidance turns due soon but never late")
    func guidanceNeverLate() async throws {
        let seeded = try await SeededStore(born: "2023-01-15")
        seeded.database.clock.set(try #require(ISO8601DateFormatter().date(from: "2025-03-20T09:00:00Z")))
        _ = try await seeded.store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        // Under-five review due 2025-09-13 (6 months starting with 2025-03-14): due soon on 2025-08-30.
        _ = try await seeded.store.processTransitions(through: day("2025-03-20"))
        let all = try await seeded.store.processTransitions(through: day("2026-06-01"))
        let underFive = all.filter { $0.rule == .underFiveReview }
        #expect(underFive.map(\.state) == [.dueSoon])
        #expect(underFive.map(\.on) == [day("2025-08-30")])
    }

    @Test("the day's transitions are found by a range of the open-deadlines index")
    func transitionQueryPlan() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let detail = try await store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + ReviewStore.TransitionSQL.openDueBetween,
                             arguments: ["2026-01-01", "2026-01-02"]).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(detail.contains("INDEX deadlines_open"), "\(detail)")
        #expect(!detail.contains("TEMP B-TREE FOR ORDER BY"), "the due order comes from the index: \(detail)")
    }

    @Test("a transfer review never done leaves the late list on the day of the move (lapsed), and the timer wakes for it")
    func transferLapses() async throws {
        // Born 10 May 2015 (Year 6 in 2025/26): to secondary on 1 September 2026, due 14 February 2026.
        let seeded = try await SeededStore(born: "2015-05-10")
        let store = seeded.store
        seeded.database.clock.set(try #require(ISO8601DateFormatter().date(from: "2026-05-01T09:00:00Z")))
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-09-14"), by: testAdmin)
        _ = try await store.processTransitions(through: day("2026-05-01"))
        #expect(try await store.lateDeadlines(asOf: day("2026-05-01")).map(\.deadline.rule) == [.phaseTransfer])
        #expect(try await store.nextStateChange(after: day("2026-08-30")) == day("2026-09-01"), "the move is a change")
        seeded.database.clock.set(try #require(ISO8601DateFormatter().date(from: "2026-09-01T09:00:00Z")))
        _ = try await store.processTransitions(through: day("2026-09-01"))
        #expect(try await store.lateDeadlines(asOf: day("2026-09-01")).isEmpty)
        #expect(try await store.lateDeadlineCount(asOf: day("2026-09-01")) == 0)
        #expect(try await store.deadlines(plan: seeded.plan.id, asOf: day("2026-09-01"))
                    .first { $0.rule == .phaseTransfer && $0.dueOn == day("2026-02-14") }?.state == .lapsed)
    }
}
