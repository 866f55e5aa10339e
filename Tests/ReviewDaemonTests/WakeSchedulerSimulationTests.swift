import Foundation
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// A year of a 200-plan authority on an injected clock: the scheduler wakes only at local midnights on
/// which something changes, records each transition once and on its own date, and survives clock jumps
/// and restarts by recomputing from the database.
@Suite("Deadline timers: a simulated year of a 200-plan authority", .serialized)
struct WakeSchedulerSimulationTests {
    struct Expected: Hashable {
        var planID: PlanID
        var key: String
        var state: DeadlineState
        var on: CivilDate
    }

    /// Seeds 200 plans as of 2026-01-01, plus two plans whose annual reviews turn late on the UK's DST days.
    static func authority() async throws -> (TemporaryDatabase, ReviewStore, Set<PlanID>) {
        let database = try TemporaryDatabase(now: "2026-01-01T09:00:00Z")
        let store = try database.open()
        _ = try await DemoAuthority.seed(into: store, today: day("2026-01-01"), count: 200)
        var dstPlans = Set<PlanID>()
        // Annual reviews due 2026-03-28 and 2026-10-24: late from 2026-03-29 (clocks go forward) and
        // 2026-10-25 (clocks go back).
        database.clock.set(instant("2025-12-01T09:00:00Z"))
        for (index, issued) in ["2025-03-29", "2025-10-25"].enumerated() {
            let child = try await store.addChild(
                try NewChild(givenName: "Dst", familyName: "Case\(index)", dateOfBirth: day("2016-01-01"), today: store.today),
                by: testAdmin)
            let plan = try await store.addPlan(try NewPlan(childID: child.id, reference: "DST-\(index)"), by: testAdmin)
            _ = try await store.recordEvent(plan.id, kind: .finalIssued, on: day(issued), by: testAdmin)
            dstPlans.insert(plan.id)
        }
        database.clock.set(instant("2026-01-01T09:00:00Z"))
        return (database, store, dstPlans)
    }

    /// Every transition the year should bring: for each open deadline, due soon 14 days before and (for
    /// statutory ones) late the day after, when that day falls in `[from, through]` and before the deadline
    /// lapses (a lapsed deadline changes no more).
    static func expected(in store: ReviewStore, from: CivilDate, through: CivilDate) async throws -> Set<Expected> {
        var result = Set<Expected>()
        var after: PlanID?
        while true {
            let page = try await store.plans(after: after, limit: 500)
            guard let last = page.last else { break }
            after = last.id
            for plan in page {
                let facts = try await store.facts(plan: plan.id)
                for planned in DeadlineCalculator().planned(for: facts) where planned.draft.doneOn == nil {
                    let due = planned.draft.dueOn
                    let lapse = planned.closedOn.map { max($0, from) }
                    let through = lapse.map { min(through, $0.adding(days: -1)) } ?? through
                    let soon = due.adding(days: -14)
                    if soon >= from && soon <= through {
                        result.insert(Expected(planID: plan.id, key: planned.draft.key, state: .dueSoon, on: soon))
                    }
                    let late = due.adding(days: 1)
                    if planned.statutory && late >= from && late <= through {
                        result.insert(Expected(planID: plan.id, key: planned.draft.key, state: .late, on: late))
                    }
                }
            }
        }
        return result
    }

    @Test("every transition of 2026 happens once, at the local midnight of its own date, DST days included")
    func simulatedYear() async throws {
        let (database, store, dstPlans) = try await Self.authority()
        let log = TransitionLog()
        let source = DeadlineTransitionSource(store: store, calendar: londonCalendar, logger: quietLogger)
        let scheduler = WakeScheduler(sources: [source], clock: database.clock, timer: DispatchWakeTimer(),
                                      logger: quietLogger)
        var now = database.clock.now()
        var wakes: [Date] = []
        var recorded: [Expected] = []
        let end = instant("2027-01-01T00:00:00Z")
        while now < end {
            database.clock.set(now)
            let next = await scheduler.pass(now: now)
            let today = londonCalendar.civilDate(of: now)
            for transition in try await log.drain(store) {
                #expect(transition.on == today, "\(transition.key) \(transition.state) recorded on \(today), due \(transition.on)")
                recorded.append(Expected(planID: transition.planID, key: transition.key, state: transition.state, on: transition.on))
            }
            guard let next else { break }
            #expect(next > now, "the timer is always armed in the future")
            #expect(next == londonCalendar.startOfDay(londonCalendar.civilDate(of: next)), "wakes only at local midnight")
            wakes.append(next)
            now = next
        }
        let expected = try await Self.expected(in: store, from: day("2026-01-01"), through: day("2026-12-31"))
        #expect(recorded.count == Set(recorded).count, "no transition recorded twice")
        #expect(Set(recorded) == expected)
        #expect(recorded.count > 200, "a year of 200 plans has hundreds of transitions; got \(recorded.count)")
        // No idle wake-ups: every wake found something to record (at most one per day).
        #expect(wakes.count <= 366)
        // The DST days: local midnight is 00:00 GMT on 29 March and 23:00 UTC (BST) on 24 October.
        #expect(wakes.contains(instant("2026-03-29T00:00:00Z")))
        #expect(wakes.contains(instant("2026-10-24T23:00:00Z")))
        let dstLate = recorded.filter { dstPlans.contains($0.planID) && $0.state == .late && $0.key.hasPrefix("annual_review") }
        #expect(Set(dstLate.map(\.on)) == [day("2026-03-29"), day("2026-10-25")])
    }

    @Test("a clock jump back records nothing; a jump forward catches up with the true dates; a restart repeats nothing")
    func jumpsAndRestart() async throws {
        let (database, store, _) = try await Self.authority()
        let log = TransitionLog()
        func scheduler(_ store: ReviewStore) -> WakeScheduler {
            WakeScheduler(sources: [DeadlineTransitionSource(store: store, calendar: londonCalendar, logger: quietLogger)],
                          clock: database.clock, timer: DispatchWakeTimer(), logger: quietLogger)
        }
        let first = scheduler(store)
        _ = await first.pass(now: instant("2026-01-01T09:00:00Z"))
        _ = await first.pass(now: instant("2026-03-01T00:00:00Z"))
        let beforeJumps = try await log.drain(store)
        #expect(!beforeJumps.isEmpty)

        // Back twenty days: nothing is recorded again.
        _ = await first.pass(now: instant("2026-02-09T10:00:00Z"))
        #expect(try await log.drain(store).isEmpty)

        // Forward to June after a "suspend": the gap's transitions come with their own dates.
        _ = await first.pass(now: instant("2026-06-01T08:00:00Z"))
        let caughtUp = try await log.drain(store)
        let expectedGap = try await Self.expected(in: store, from: day("2026-03-02"), through: day("2026-06-01"))
        #expect(Set(caughtUp.map { Expected(planID: $0.planID, key: $0.key, state: $0.state, on: $0.on) }) == expectedGap)
        #expect(caughtUp.allSatisfy { $0.on <= day("2026-06-01") && $0.on >= day("2026-03-02") })

        // A restart on the same day finds nothing left to record.
        try store.close()
        let reopened = try database.open()
        _ = await scheduler(reopened).pass(now: instant("2026-06-01T12:00:00Z"))
        #expect(try await log.drain(reopened).isEmpty)
    }
}
