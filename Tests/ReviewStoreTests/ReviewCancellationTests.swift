import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// `cancelReview(_:on:by:)`: a meeting called off on a day other than today (recorded late).
@Suite("Cancelling a review meeting on the day it was called off")
struct ReviewCancellationTests {
    static func instant(_ iso: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: iso))
    }

    /// A plan with its final, the therapist contributing, and a meeting on 2026-12-20 scheduled at
    /// `scheduledAt`; the clock is then back at 2026-11-29 09:00 UTC (today).
    static func scheduled(at scheduledAt: String = "2026-11-01T10:00:00Z") async throws -> (SeededStore, Review) {
        let seeded = try await SeededStore()
        let store = seeded.store
        try await store.addContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin)
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin,
                                        notify: false)
        let today = seeded.database.clock.now()
        seeded.database.clock.set(try instant(scheduledAt))
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-12-20"), by: testAdmin,
                                                    notify: false)
        seeded.database.clock.set(today)
        return (seeded, review)
    }

    /// The field and reason of the `StoreError.invalid` that `body` throws.
    static func refusal(_ body: () async throws -> Review) async -> FieldError? {
        do {
            _ = try await body()
            return nil
        } catch StoreError.invalid(let field) {
            return field
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test("a cancellation recorded late keeps its day; the calendar cancellation goes out now; the audit names the day")
    func backdated() async throws {
        let (seeded, review) = try await Self.scheduled()
        let cancelled = try await seeded.store.cancelReview(review.id, on: day("2026-11-15"), by: testAdmin)
        #expect(cancelled.cancelledOn == day("2026-11-15"))
        let notices = try await seeded.store.notices().filter { $0.kind == .reviewCancelled }
        #expect(notices.map(\.recipient.value) == ["sam.speech@nhs.example"])
        let audit = try await seeded.store.auditEntries(limit: 5)
        #expect(audit.contains { $0.summary == "meeting of 2026-12-20 cancelled on 2026-11-15" })
    }

    @Test("the day it was scheduled and today are the two ends allowed", arguments: ["2026-11-01", "2026-11-29"])
    func ends(on: String) async throws {
        let (seeded, review) = try await Self.scheduled()
        #expect(try await seeded.store.cancelReview(review.id, on: day(on), by: testAdmin).cancelledOn == day(on))
    }

    @Test("without a day, it is today")
    func today() async throws {
        let (seeded, review) = try await Self.scheduled()
        #expect(try await seeded.store.cancelReview(review.id, by: testAdmin).cancelledOn == day("2026-11-29"))
    }

    @Test("a day in the future is refused under on, and nothing changes")
    func future() async throws {
        let (seeded, review) = try await Self.scheduled()
        let refusal = await Self.refusal { try await seeded.store.cancelReview(review.id, on: day("2026-11-30"), by: testAdmin) }
        #expect(refusal == FieldError(field: "on", reason: "2026-11-30 is in the future"))
        #expect(try await seeded.store.review(review.id)?.cancelledOn == nil)
        #expect(try await seeded.store.notices().isEmpty)
    }

    @Test("a day before the meeting was scheduled is refused under on")
    func beforeScheduled() async throws {
        let (seeded, review) = try await Self.scheduled()
        let refusal = await Self.refusal { try await seeded.store.cancelReview(review.id, on: day("2026-10-31"), by: testAdmin) }
        #expect(refusal == FieldError(field: "on", reason: "2026-10-31 is before the meeting was scheduled (2026-11-01)"))
        #expect(try await seeded.store.review(review.id)?.cancelledOn == nil)
    }

    @Test("the day it was scheduled is the local day: 00:30 BST on 1 August is 23:30 UTC on 31 July")
    func scheduledDayIsLocal() async throws {
        let (seeded, review) = try await Self.scheduled(at: "2026-07-31T23:30:00Z")
        let refusal = await Self.refusal { try await seeded.store.cancelReview(review.id, on: day("2026-07-31"), by: testAdmin) }
        #expect(refusal?.field == "on")
        #expect(try await seeded.store.cancelReview(review.id, on: day("2026-08-01"), by: testAdmin).cancelledOn == day("2026-08-01"))
    }
}
