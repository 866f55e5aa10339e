import Foundation
import ReviewCore
@testable import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Synchronization
import Testing

/// The demo authority reads like a real one: what is late is recent and spread over several rules, about a
/// fifth of plans, every cycle before the open one concluded, the phase transfers of the past done in time —
/// and its first run leaves an example of every message a professional receives in the outbox, once.
@Suite("Demo: the seeded authority and the first run's example messages")
struct DemoSeedTests {
    /// No deadline of the seed may be more than a year late. The seed concludes every review cycle before
    /// the open one, so the most late it draws is an annual review four months late (120 days) with its
    /// preparation-for-adulthood meeting, due four weeks before the annual date (148 days); a phase transfer
    /// lapses at the move, at most 199 days after its due date. A year bounds them all with room to spare;
    /// more would mean a cycle left open past the next annual date, which a plausible history never has.
    static let mostDaysLate = 365

    static let plans = 60

    /// Three days of the year: in the phase-transfer season (after 14 February and 30 March), in the summer
    /// holidays, and in the autumn term.
    static let days = ["2026-03-10", "2026-07-15", "2026-11-29"]

    static func seeded(on today: String) async throws -> (TemporaryDatabase, ReviewStore) {
        let database = try TemporaryDatabase(now: "\(today)T09:00:00Z")
        let store = try database.open()
        _ = try await DemoAuthority.seed(into: store, today: day(today), count: plans)
        return (database, store)
    }

    @Test("what is late is recent, a fifth of plans or so, and spread over several rules", arguments: days)
    func lateList(today: String) async throws {
        let (database, store) = try await Self.seeded(on: today)
        defer { withExtendedLifetime(database) {} }
        let count = try await store.lateDeadlineCount(asOf: day(today))
        let late = try await store.lateDeadlines(asOf: day(today), limit: 1000)
        #expect(late.count == count)
        let worst = try #require(late.max { $0.deadline.daysLate < $1.deadline.daysLate })
        #expect(worst.deadline.daysLate <= Self.mostDaysLate,
                "\(worst.reference) \(worst.deadline.rule) \(worst.deadline.daysLate) days late")
        #expect((Self.plans * 5 / 100)...(Self.plans * 40 / 100) ~= count, "\(count) late of \(Self.plans) plans")
        let rules = Set(late.map(\.deadline.rule))
        #expect(rules.contains(.annualReview))
        #expect(rules.subtracting([.annualReview]).count >= 3, "\(rules)")
    }

    @Test("every review two months past is decided, and most children who moved school were ready in time",
          arguments: days)
    func history(today: String) async throws {
        let (database, store) = try await Self.seeded(on: today)
        defer { withExtendedLifetime(database) {} }
        let plans = try await store.plans(limit: 1000)
        #expect(plans.count == Self.plans)
        var transfers: [Deadline] = []
        for plan in plans {
            for review in try await store.reviews(plan: plan.id) where review.meetingOn < day(today).adding(days: -60) {
                #expect(review.facts.decisionOn != nil, "\(plan.reference): meeting on \(review.meetingOn) undecided")
            }
            transfers += try await store.deadlines(plan: plan.id, asOf: day(today))
                .filter { $0.rule == .phaseTransfer && $0.dueOn < day(today) }
        }
        // Readied by 14 February (30 March for post-16): an amended final or a decision to maintain in time.
        let onTime = transfers.filter { $0.state == .done }.count
        #expect(transfers.count >= 5)
        #expect(onTime * 100 >= transfers.count * 85, "\(onTime) of \(transfers.count) on time: \(transfers.map(\.state))")
    }

    @Test("the same day seeds the same authority")
    func deterministic() async throws {
        func lateList() async throws -> [String] {
            let (database, store) = try await Self.seeded(on: "2026-11-29")
            defer { withExtendedLifetime(database) {} }
            return try await store.lateDeadlines(asOf: day("2026-11-29"), limit: 1000)
                .map { "\($0.reference) \($0.deadline.key) \($0.deadline.daysLate)" }
        }
        let first = try await lateList()
        #expect(!first.isEmpty)
        #expect(try await lateList() == first)
    }

    /// The kinds a newcomer should find after the first run (family messages do not exist yet; the invitation
    /// is also the request for advice).
    static let exampleKinds: Set<NoticeKind> = [
        .amendedFinalIssued, .currentVersion, .reviewScheduled, .adviceReminder, .adviceMissed, .reportCirculated,
        .decisionIssued, .deadlineLate, .digest, .familyInvitation, .familyViewsRequested, .familyViewsReminder,
        .familyAmendedFinal,
    ]

    @Test("the first run queues an example of every kind from the showcase plans; a second run queues none")
    func firstRun() async throws {
        let database = try TemporaryDatabase(now: "2026-11-29T06:30:00Z")
        let root = database.folder.appendingPathComponent("demo").path
        let printed = Printed()
        _ = try await DemoSetup.prepare(root: root, clock: database.clock, count: Self.plans, say: printed.add)
        let store = try ReviewStore(path: root + "/reviews.sqlite", clock: database.clock, timeZone: london)
        let notices = try await store.notices(limit: 10_000)
        let showcase = Set(try await DemoShowcaseRole.allCases.asyncMap { try await store.plan(reference: $0.reference)?.id })
        for kind in Self.exampleKinds {
            let examples = notices.filter { $0.kind == kind }
            #expect(!examples.isEmpty, "no \(kind.rawValue) queued")
            if kind != .digest {
                #expect(examples.contains { showcase.contains($0.planID) }, "no \(kind.rawValue) from a showcase plan")
            }
        }
        // The amended plan carries its example PDF: attached for the demo's NHS and council addresses, linked for others.
        let amended = try notices.filter { $0.kind == .amendedFinalIssued && showcase.contains($0.planID) }
            .map { try JSONDecoder().decode(NoticeContent.self, from: Data($0.payload.utf8)) }
        #expect(!amended.isEmpty && amended.allSatisfy { $0.document != nil })
        #expect(amended.contains { $0.document?.delivery == .attached })
        let document = try #require(amended.first?.document)
        let pdf = try #require(try DocumentFolder(besideDatabase: root + "/reviews.sqlite").bytes(sha256: document.sha256))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        // The daemon's first wake-up finds today's deadline pass done: nothing is sent twice.
        #expect(try await store.processTransitions(through: day("2026-11-29")).isEmpty)
        // A family without email: the decision and the report wait as letters to print (issue 15).
        let letters = try await store.letters(state: .toPrint)
        #expect(Set(letters.map(\.kind)) == [.familyReport, .familyDecision])
        #expect(letters.allSatisfy { showcase.contains($0.planID) })
        let text = printed.text
        #expect(text.contains("  letters: \(letters.count) to print and post"))
        #expect(text.contains(root + "/mail"))
        for kind in Self.exampleKinds { #expect(text.contains("  \(kind.rawValue): "), "\(kind.rawValue) not in the summary") }
        try store.close()

        database.clock.advance(by: 3600)
        _ = try await DemoSetup.prepare(root: root, clock: database.clock, count: Self.plans, say: { _ in })
        let reopened = try ReviewStore(path: root + "/reviews.sqlite", clock: database.clock, timeZone: london)
        #expect(try await reopened.notices(limit: 10_000).count == notices.count)
        #expect(try await reopened.planCount() == Self.plans)
        try reopened.close()
    }

    @Test("after the digest's time, the first run leaves the digest to the daemon's first wake-up")
    func digestAfterItsTime() async throws {
        let database = try TemporaryDatabase(now: "2026-11-29T09:00:00Z")
        let root = database.folder.appendingPathComponent("demo").path
        let printed = Printed()
        let config = try await DemoSetup.prepare(root: root, clock: database.clock, count: 10, say: printed.add)
        let store = try ReviewStore(path: root + "/reviews.sqlite", clock: database.clock, timeZone: london)
        #expect(!(try await store.notices(limit: 10_000)).contains { $0.kind == .digest })
        let schedule = DigestSchedule(at: config.digest.at, calendar: LocalCalendar(timeZone: config.timeZone))
        let last = try await store.lastScheduledDigestDate()
        #expect(schedule.dateDue(at: database.clock.now(), lastRecorded: last) == day("2026-11-29"))
        #expect(printed.text.contains("  digest: "))
        try store.close()
    }
}

/// What the demo printed, collected across the `@Sendable` callback.
private final class Printed: Sendable {
    private let lines = Mutex<[String]>([])
    var text: String { lines.withLock { $0.joined(separator: "\n") } }
    var add: @Sendable (String) -> Void { { [self] line in lines.withLock { $0.append(line) } } }
}

private extension Sequence where Element: Sendable {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
