import Foundation
import ReviewCore
import ReviewDaemon
import ReviewMail
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 6 item 1 with the real store and scheduler on an injected clock: one digest per local date of
/// Europe/London at or after `digest.at`, recorded under that date so that nothing sends it twice; one
/// catch-up after downtime; DST days, clock jumps and restarts.
@Suite("The nightly digest on an injected clock: once per local date, whatever the clock does", .serialized)
struct DigestSourceTests {
    static let team = [(try? EmailAddress("sen-team@example.org"))!]

    /// A digest source ("a process") over `store` sending at `at`.
    static func source(_ store: ReviewStore, at: String = "07:00") throws -> DigestSource {
        let schedule = DigestSchedule(at: try LocalTime(parsing: at), calendar: londonCalendar)
        return DigestSource(store: store, logger: quietLogger) { (schedule, team) }
    }

    /// Every scheduled run, oldest first: its date and the instant it started.
    static func runs(_ database: TemporaryDatabase) async throws -> [(date: CivilDate, at: Date)] {
        let store = try database.open()
        defer { try? store.close() }
        return try await store.digestRuns(kind: .scheduled, limit: 10_000).reversed().map { ($0.localDate, $0.startedAt) }
    }

    @Test("400 days driven only by the scheduler's own wake-ups: exactly 400 digests, one per local date, each at or after digest.at",
          arguments: ["07:00", "01:30"])
    func fourHundredDays(at: String) async throws {
        let database = try TemporaryDatabase(now: "2026-01-01T12:00:00Z")
        let store = try database.open()
        let scheduler = WakeScheduler(sources: [try Self.source(store, at: at)], clock: database.clock,
                                      timer: DispatchWakeTimer(), logger: quietLogger)
        // The first start owes today's digest (12:00 is after digest.at): that is day 1.
        var now = database.clock.now()
        let end = instant("2027-02-05T00:00:00Z")
        var wakes = 0
        while now < end {
            database.clock.set(now)
            guard let next = await scheduler.pass(now: now) else { break }
            now = max(next, now)
            wakes += 1
            if wakes > 2_000 { break }
        }
        try store.close()
        let runs = try await Self.runs(database)
        #expect(runs.count == 400)
        #expect(Set(runs.map(\.date)).count == 400)
        #expect(runs.first?.date == day("2026-01-01"))
        #expect(runs.last?.date == day("2027-02-04"))
        let time = try LocalTime(parsing: at)
        for run in runs {
            #expect(londonCalendar.civilDate(of: run.at) == run.date, "digest of \(run.date) sent on another local date")
            #expect(run.at >= londonCalendar.instant(of: run.date, hour: time.hour, minute: time.minute))
        }
        // One wake per digest (plus the first pass): the scheduler never polls.
        #expect(wakes <= 402, "\(wakes) wakes")
        let march29 = try #require(runs.first { $0.date == day("2026-03-29") })
        let october25 = try #require(runs.first { $0.date == day("2026-10-25") })
        if at == "01:30" {
            #expect(march29.at == instant("2026-03-29T01:00:00Z"), "01:30 is skipped: 02:00 BST")
            #expect(october25.at == instant("2026-10-25T00:30:00Z"), "01:30 happens twice: the first")
        } else {
            #expect(march29.at == instant("2026-03-29T06:00:00Z"))
            #expect(october25.at == instant("2026-10-25T07:00:00Z"))
        }
    }

    @Test("restarts just before and just after digest.at, and a second process at the same moment, send it once")
    func restarts() async throws {
        let database = try TemporaryDatabase(now: "2026-01-14T09:00:00Z")
        let first = try database.open()
        try await Self.source(first).wake(now: database.clock.now())   // the 14th's digest
        try first.close()

        // Restart at 06:59 on the 15th: nothing yet; next wake at 07:00.
        let second = try database.open()
        let restarted = try Self.source(second)
        try await restarted.wake(now: instant("2026-01-15T06:59:00Z"))
        #expect(try await second.lastScheduledDigestDate() == day("2026-01-14"))
        #expect(try await restarted.nextWake(after: instant("2026-01-15T06:59:00Z")) == instant("2026-01-15T07:00:00Z"))
        // Two processes wake at 07:00 together: one digest.
        let other = try database.open()
        database.clock.set(instant("2026-01-15T07:00:00Z"))
        async let a: Void = restarted.wake(now: instant("2026-01-15T07:00:00Z"))
        async let b: Void = Self.source(other).wake(now: instant("2026-01-15T07:00:00Z"))
        _ = try await (a, b)
        try other.close()
        // Restart at 07:05: already sent.
        try await Self.source(second).wake(now: instant("2026-01-15T07:05:00Z"))
        try second.close()
        #expect(try await Self.runs(database).map(\.date) == [day("2026-01-14"), day("2026-01-15")])
    }

    @Test("after ten days down, one catch-up digest on start, then the day's own at digest.at")
    func catchUp() async throws {
        let database = try TemporaryDatabase(now: "2026-01-10T08:00:00Z")
        let store = try database.open()
        let source = try Self.source(store)
        try await source.wake(now: database.clock.now())
        // Down until 05:00 on the 20th.
        database.clock.set(instant("2026-01-20T05:00:00Z"))
        try await source.wake(now: database.clock.now())
        #expect(try await store.lastScheduledDigestDate() == day("2026-01-19"))
        #expect(try await source.nextWake(after: database.clock.now()) == instant("2026-01-20T07:00:00Z"))
        database.clock.set(instant("2026-01-20T07:00:00Z"))
        try await source.wake(now: database.clock.now())
        try store.close()
        #expect(try await Self.runs(database).map(\.date) == [day("2026-01-10"), day("2026-01-19"), day("2026-01-20")])
    }

    @Test("the clock jumping back a day, then forward three, gives no repeat and one digest for the new date")
    func clockJumps() async throws {
        let database = try TemporaryDatabase(now: "2026-01-15T08:00:00Z")
        let store = try database.open()
        let source = try Self.source(store)
        try await source.wake(now: database.clock.now())
        for back in ["2026-01-14T08:00:00Z", "2026-01-14T23:59:00Z", "2026-01-15T07:00:00Z"] {
            database.clock.set(instant(back))
            try await source.wake(now: database.clock.now())
        }
        database.clock.set(instant("2026-01-18T10:00:00Z"))
        try await source.wake(now: database.clock.now())
        try await source.wake(now: database.clock.now())
        try store.close()
        #expect(try await Self.runs(database).map(\.date) == [day("2026-01-15"), day("2026-01-18")])
    }

    @Test("the digest goes out through the outbox in the same pass: one file per team recipient and personal list")
    func deliveredThroughTheOutbox() async throws {
        let fixture = try await OutboxFixture()
        fixture.clock.set(instant("2026-11-30T07:00:00Z"))
        let transport = FakeTransport()
        let scheduler = WakeScheduler(sources: [try Self.source(fixture.store), fixture.dispatcher(transport)],
                                      clock: fixture.clock, timer: DispatchWakeTimer(), logger: quietLogger)
        _ = await scheduler.pass(now: fixture.clock.now())
        let digests = transport.sent.filter { $0.subject.hasPrefix("EHC reviews 30 November 2026:") }
        #expect(digests.map(\.recipient.value) == ["sen-team@example.org"])
        let notices = try await fixture.store.notices(limit: 100)
        #expect(notices.filter { $0.kind == .digest }.allSatisfy { $0.state == .sent })
    }

    @Test("a team digest whose report cannot be read is retried, not given up")
    func unreadableReportRetries() async throws {
        let fixture = try await OutboxFixture()
        fixture.clock.set(instant("2026-11-30T07:00:00Z"))
        _ = try #require(try await fixture.store.recordScheduledDigest(for: day("2026-11-30"), recipients: Self.team))
        let mail = OutboxMail(transport: FakeTransport(), builder: fixture.builder)   // no way to read reports
        let dispatcher = OutboxDispatcher(store: fixture.store, clock: fixture.clock, mail: { mail },
                                          retry: fixedPolicy(), logger: quietLogger)
        let tally = try await dispatcher.drain(now: fixture.clock.now())
        #expect(tally.retrying == 1)
        #expect(tally.dead == 0)
        let digest = try #require(try await fixture.store.notices(limit: 100).first { $0.kind == .digest })
        #expect(digest.state == .failed)
        #expect(digest.lastError?.contains("cannot be read") == true)
    }
}

/// Issue 13: the 07:00 wake-up that records the digest also sends the "now late" notices of that day; those
/// are on their way out, not stuck, and the digest must not report them as undelivered.
@Suite("The digest's own pass")
struct DigestOwnPassTests {
    @Test("notices queued by the same wake-up (a deadline turned late) are not counted as undelivered")
    func ownPassNotCounted() async throws {
        let database = try TemporaryDatabase(now: "2026-11-29T07:30:00Z")
        let store = try database.open()
        defer { try? store.close() }
        let admin = AuditActor(uid: 0, userName: "root", via: "test")
        let child = try await store.addChild(
            try NewChild(givenName: "Amira", familyName: "Begum", dateOfBirth: day("2014-05-10"), today: store.today), by: admin)
        let plan = try await store.addPlan(try NewPlan(childID: child.id, reference: "EHC-0001"), by: admin)
        let caseworker = try await store.addProfessional(
            try NewProfessional(name: "Cara Case", email: "cara@council.example", role: .senCaseworker), by: admin)
        try await store.addContributor(plan: plan.id, professional: caseworker.id, by: admin, notify: false)
        // Twelve months starting with 29 November 2025 end on 28 November 2026: late from today.
        _ = try await store.recordEvent(plan.id, kind: .finalIssued, on: day("2025-11-29"), by: admin, notify: false)
        let scheduler = WakeScheduler(
            sources: [DeadlineTransitionSource(store: store, calendar: londonCalendar, logger: quietLogger),
                      ClockNudge(clock: database.clock), try DigestSourceTests.source(store)],
            clock: database.clock, timer: DispatchWakeTimer(), logger: quietLogger)
        _ = await scheduler.pass(now: database.clock.now())
        let notices = try await store.notices(limit: 100)
        #expect(notices.contains { $0.kind == .deadlineLate && $0.state == .queued }, "the pass told the caseworker")
        let run = try #require(try await store.digestRuns(kind: .scheduled).first)
        let report = try await store.digestReport(run: run.id)
        #expect(report.counts.lateReviews == 1)
        #expect(report.counts.undelivered == 0, "\(report.counts)")
    }
}

/// A source that moves the clock on a second, as real work between two sources of one pass does.
private struct ClockNudge: WakeSource {
    let name = "clock-nudge"
    let clock: FakeClock

    func wake(now: Date) async throws { clock.advance(by: 1) }
    func nextWake(after now: Date) async throws -> Date? { nil }
}
