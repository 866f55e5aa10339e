import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 13, "the digest a manager reads": what changed since the previous digest, the twelve-month chart of
/// annual reviews concluded on time, and notices queued in the digest's own pass not counted as undelivered.
@Suite("Digest: what changed since the previous digest, the on-time chart, the digest's own pass")
struct DigestChangesTests {
    @Test("newly late: what turned late after the previous digest's date; none the day after")
    func newlyLate() async throws {
        let seeded = try await SeededStore(born: "2016-05-10")
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2026-01-10"), by: testAdmin)
        // A meeting on 5 December: invitations, advice and views were due on 21 November.
        _ = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-12-05"), by: testAdmin)
        let first = try #require(try await store.digestReport(for: day("2026-11-22")).changes)
        #expect(first.since == day("2026-11-21"), "no digest before: since the day before")
        #expect(Set(first.newLate.map(\.rule)) == [.invitations, .advice, .views])
        #expect(first.newLateCount == 3)
        #expect(first.newLate.allSatisfy { $0.caseworker == nil && $0.planReference == "EHC-0001" })
        let next = try #require(try await store.digestReport(for: day("2026-11-23")).changes)
        #expect(next.newLateCount == 0, "turned late on the 22nd: yesterday's news")
        // After a digest on the 20th and none since, the digest of the 23rd catches up on all of it.
        _ = try await store.recordScheduledDigest(for: day("2026-11-20"), recipients: [])
        let caughtUp = try #require(try await store.digestReport(for: day("2026-11-23")).changes)
        #expect(caughtUp.since == day("2026-11-20"))
        #expect(caughtUp.newLateCount == 3)
    }

    @Test("done and lapsed on the days since the previous digest, with their days late then")
    func doneAndLapsed() async throws {
        let seeded = try await SeededStore(born: "2016-05-10")
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2026-01-10"), by: testAdmin)
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-11-26"), by: testAdmin)
        // Held with no invitations, advice or views recorded: those three lapse on the 26th, 14 days late.
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-11-26")), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .reportSent, on: day("2026-11-28")), by: testAdmin)
        let onThe27th = try #require(try await store.digestReport(for: day("2026-11-27")).changes)
        #expect(Set(onThe27th.lapsed.map(\.rule)) == [.invitations, .advice, .views])
        #expect(onThe27th.lapsed.allSatisfy { $0.on == day("2026-11-26") && $0.daysLate == 14 }, "\(onThe27th.lapsed)")
        #expect(!onThe27th.done.contains { $0.rule == .report }, "sent on the 28th: not yet")
        let onThe29th = try #require(try await store.digestReport(for: day("2026-11-29")).changes)
        #expect(onThe29th.lapsedCount == 0, "lapsed on the 26th: told on the 27th")
        let report = try #require(onThe29th.done.first { $0.rule == .report })
        #expect(report.on == day("2026-11-28"))
        #expect(report.daysLate == 0, "due two weeks after the meeting: on time")
    }

    @Test("the chart counts each annual review in the month it fell due: on time, late, or still open")
    func onTimeChart() async throws {
        let seeded = try await SeededStore(born: "2016-05-10")
        let store = seeded.store
        // Annual date 13 March 2026; the decision on 20 March: concluded late.
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-03-02"), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-03-02")), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: day("2026-03-20"),
                                                                    decision: .maintain), by: testAdmin)
        // Annual date 1 May 2026, never concluded: still open.
        let ben = try await store.addChild(
            try NewChild(givenName: "Ben", familyName: "Okafor", dateOfBirth: day("2015-01-01"), today: store.today),
            by: testAdmin)
        let other = try await store.addPlan(try NewPlan(childID: ben.id, reference: "EHC-0002"), by: testAdmin)
        _ = try await store.recordEvent(other.id, kind: .finalIssued, on: day("2025-05-02"), by: testAdmin)
        let months = try #require(try await store.digestReport(for: day("2026-11-29")).onTime)
        #expect(months.count == 12)
        #expect(months.first.map { [$0.year, $0.month] } == [2025, 11])
        let march = try #require(months.first { $0.year == 2026 && $0.month == 3 })
        #expect((march.due, march.onTime, march.concludedLate, march.open) == (1, 0, 1, 0))
        let may = try #require(months.first { $0.year == 2026 && $0.month == 5 })
        #expect((may.due, may.onTime, may.concludedLate, may.open) == (1, 0, 0, 1))
        #expect(months.map(\.due).reduce(0, +) == 2, "the next annual date (March 2027) is outside the chart")
    }

    @Test("notices queued in the digest's own pass are not counted as undelivered; older ones are")
    func ownPass() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        let clock = seeded.database.clock
        let address = try EmailAddress("someone@school.example")
        _ = try await store.enqueue([NewNotice(planID: seeded.plan.id, professionalID: nil, recipient: address, kind: .finalIssued)])
        clock.advance(by: 3_600)
        let passStart = clock.now()
        // The same wake-up's "now late" notices, queued just before the digest is recorded.
        _ = try await store.enqueue([NewNotice(planID: seeded.plan.id, professionalID: nil, recipient: address, kind: .deadlineLate),
                                     NewNotice(planID: seeded.plan.id, professionalID: nil, recipient: address, kind: .deadlineLate)])
        clock.advance(by: 1)
        let outcome = try #require(try await store.recordScheduledDigest(for: store.today, recipients: [address],
                                                                          passStartedAt: passStart))
        #expect(outcome.report.counts.undelivered == 1, "only the notice queued an hour before")
        #expect(try await store.digestReport(for: store.today).counts.undelivered == 4,
                "a dry run later counts everything not sent, the digest's own message included")
    }

    @Test("a contributor whose notice of the current version is dead is listed until a copy reaches them (issue 14)")
    func missingPlans() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        for professional in [seeded.therapist, seeded.caseworker] {
            try await store.addContributor(plan: seeded.plan.id, professional: professional.id, by: testAdmin, notify: false)
        }
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2026-11-20"), by: testAdmin)
        let notices = try await store.notices(limit: 100).filter { $0.kind == .finalIssued }
        let toTherapist = try #require(notices.first { $0.professionalID == seeded.therapist.id })
        _ = try await store.claimDueNotices(now: seeded.database.clock.now(), limit: 10)
        try await store.markDead(toTherapist.id, error: "550 5.1.1 mailbox unknown")
        let missing = try #require(try await store.digestReport(for: store.today).missingPlans)
        #expect(missing.map(\.professional) == ["Sam Speech"])
        #expect(missing.first?.state == .dead && missing.first?.version == 1 && missing.first?.error.contains("550") == true)
        // A later version makes the old failure history: only the current version counts.
        _ = try await store.recordEvent(seeded.plan.id, kind: .amendedFinalIssued, on: day("2026-11-25"), by: testAdmin,
                                        notify: false)
        #expect(try await store.digestReport(for: store.today).missingPlans == [])
    }
}
