import Foundation
import Hummingbird
import HummingbirdTesting
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

@Suite("POST /v1/reviews/{id}/cancel with the day the meeting was called off")
struct AdminAPIReviewCancelTests {
    /// A review of a plan with its final, scheduled on 2026-11-01; the clock is then back at today (2026-11-29).
    static func review(in harness: AdminAPIHarness) async throws -> Int64 {
        let store = harness.store
        let child = try await store.addChild(
            try NewChild(givenName: "Amira", familyName: "Begum", dateOfBirth: day("2015-05-10"), today: store.today),
            by: testAdmin)
        let plan = try await store.addPlan(try NewPlan(childID: child.id, reference: "EHC-0001"), by: testAdmin)
        _ = try await store.recordEvent(plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin, notify: false)
        let today = harness.database.clock.now()
        harness.database.clock.set(try #require(ISO8601DateFormatter().date(from: "2026-11-01T10:00:00Z")))
        let review = try await store.scheduleReview(plan: plan.id, meetingOn: day("2026-12-20"), by: testAdmin)
        harness.database.clock.set(today)
        return review.id.rawValue
    }

    @Test("on: a past day at or after the scheduling is kept as cancelled_on")
    func backdated() async throws {
        let harness = try AdminAPIHarness()
        let id = try await Self.review(in: harness)
        try await harness.test { client in
            let cancelled = try await client.call(.post, "/v1/reviews/\(id)/cancel", json: #"{"on":"2026-11-20"}"#)
            #expect(cancelled.status == 200)
            #expect(cancelled.body["cancelled_on"] as? String == "2026-11-20")
        }
    }

    @Test("a day in the future or before the scheduling is a 400 naming the field on",
          arguments: [("2026-11-30", "2026-11-30 is in the future"),
                      ("2026-10-31", "2026-10-31 is before the meeting was scheduled (2026-11-01)")])
    func refused(on: String, detail: String) async throws {
        let harness = try AdminAPIHarness()
        let id = try await Self.review(in: harness)
        try await harness.test { client in
            let refused = try await client.call(.post, "/v1/reviews/\(id)/cancel", json: #"{"on":"\#(on)"}"#)
            #expect(refused.status == 400)
            #expect(refused.body["field"] as? String == "on")
            #expect((refused.body["detail"] as? String)?.contains(detail) == true, "\(refused.text)")
        }
        #expect(try await harness.store.review(ReviewID(id))?.cancelledOn == nil)
    }

    @Test("a malformed day or an unknown field is a 400 naming it", arguments: [
        (#"{"on":"20/11/2026"}"#, "on"), (#"{"date":"2026-11-20"}"#, "date"),
    ])
    func malformed(json: String, field: String) async throws {
        let harness = try AdminAPIHarness()
        let id = try await Self.review(in: harness)
        try await harness.test { client in
            let refused = try await client.call(.post, "/v1/reviews/\(id)/cancel", json: json)
            #expect(refused.status == 400)
            #expect(refused.body["field"] as? String == field, "\(refused.text)")
        }
    }
}
