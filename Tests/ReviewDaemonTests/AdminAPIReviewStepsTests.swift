import Foundation
import HTTPTypes
import HummingbirdTesting
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 13 on the wire: the child's and the parent's views recorded apart (`from`), the meeting that
/// considered preparation for adulthood (`pfa_considered`), advice circulated as its own step — each
/// refused, naming the field, where it does not belong.
@Suite("Admin API: views, preparation for adulthood and circulated advice")
struct AdminAPIReviewStepsTests {
    @Test("views from the child and from the parent are two steps; the same source twice is 409; misplaced fields 400")
    func steps() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let child = try await client.call(.post, "/v1/children",
                                              json: #"{"given_name":"A","family_name":"B","date_of_birth":"2012-05-10"}"#)
            let childID = try #require(child.body["id"] as? Int)
            let plan = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-1"}"#)
            let planID = try #require(plan.body["id"] as? Int)
            _ = try await client.call(.post, "/v1/plans/\(planID)/events", json: #"{"kind":"final_issued","on":"2025-11-20"}"#)
            let review = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2026-11-27"}"#)
            let reviewID = try #require(review.body["id"] as? Int)
            let path = "/v1/reviews/\(reviewID)/steps"
            #expect(try await client.call(.post, path, json: #"{"step":"views_received","on":"2026-11-10","from":"child"}"#).status == 201)
            #expect(try await client.call(.post, path, json: #"{"step":"views_received","on":"2026-11-11","from":"parent"}"#).status == 201)
            #expect(try await client.call(.post, path, json: #"{"step":"views_received","on":"2026-11-12","from":"parent"}"#).status == 409)
            #expect(try await client.call(.post, path, json: #"{"step":"advice_circulated","on":"2026-11-12"}"#).status == 201)
            let misplacedFrom = try await client.call(.post, path, json: #"{"step":"report_sent","on":"2026-11-28","from":"child"}"#)
            #expect(misplacedFrom.status == 400 && misplacedFrom.body["field"] as? String == "from")
            let misplacedPfA = try await client.call(.post, path, json: #"{"step":"invitations_sent","on":"2026-11-01","pfa_considered":true}"#)
            #expect(misplacedPfA.status == 400 && misplacedPfA.body["field"] as? String == "pfa_considered")
            let held = try await client.call(.post, path, json: #"{"step":"meeting_held","on":"2026-11-27","pfa_considered":true}"#)
            #expect(held.status == 201)
            #expect(held.text.contains(#""pfa_considered":true"#))
        }
        let review = try #require(try await harness.store.reviews(plan: PlanID(1)).first)
        #expect(review.steps.filter { $0.step == .viewsReceived }.compactMap(\.from) == [.child, .parent])
        let deadlines = try await harness.store.deadlines(plan: PlanID(1), asOf: day("2026-11-29"))
        #expect(deadlines.first { $0.rule == .views }?.state == .done)
        #expect(deadlines.first { $0.rule == .advice }?.state == .done)
        #expect(deadlines.first { $0.rule == .preparationForAdulthood }?.state == .done)
    }
}
