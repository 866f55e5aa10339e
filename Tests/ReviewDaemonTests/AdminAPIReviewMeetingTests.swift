import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 13 / DESIGN §3: one open review per plan (a second is 409 naming the open one), moving a meeting
/// with `PATCH /v1/reviews/{id}` (one update, SEQUENCE + 1), the plan's reviews listed, a plan found by
/// its reference.
@Suite("Admin API: one open review, moving a meeting, listing reviews")
struct AdminAPIReviewMeetingTests {
    @Test("book, refuse a second, move, list; find the plan by reference")
    func meetings() async throws {
        let harness = try AdminAPIHarness()
        let reviewID = try await harness.test { client -> Int in
            let professional = try await client.call(.post, "/v1/professionals",
                                                     json: #"{"name":"Sam","email":"sam@nhs.example","role":"physiotherapist"}"#)
            let professionalID = try #require(professional.body["id"] as? Int)
            let child = try await client.call(.post, "/v1/children",
                                              json: #"{"given_name":"A","family_name":"B","date_of_birth":"2016-05-10"}"#)
            let childID = try #require(child.body["id"] as? Int)
            let plan = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-77"}"#)
            let planID = try #require(plan.body["id"] as? Int)
            _ = try await client.call(.put, "/v1/plans/\(planID)/contributors/\(professionalID)")
            _ = try await client.call(.post, "/v1/plans/\(planID)/events", json: #"{"kind":"final_issued","on":"2026-01-10"}"#)
            let first = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2026-12-20"}"#)
            let firstID = try #require(first.body["id"] as? Int)
            let second = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2026-12-21"}"#)
            #expect(second.status == 409)
            #expect((second.body["detail"] as? String)?.contains("review \(firstID)") == true, "\(second.text)")
            let moved = try await client.call(.patch, "/v1/reviews/\(firstID)", json: #"{"meeting_on":"2026-12-22"}"#)
            #expect(moved.status == 200)
            #expect(moved.body["meeting_on"] as? String == "2026-12-22")
            #expect(moved.body["sequence"] as? Int == 1)
            let listed = try await client.execute(uri: "/v1/plans/\(planID)/reviews", method: .get) { response in
                (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [[String: Any]] ?? []
            }
            #expect(listed.map { $0["id"] as? Int } == [firstID])
            let found = try await client.execute(uri: "/v1/plans?reference=EHC-77", method: .get) { response in
                (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [[String: Any]] ?? []
            }
            #expect(found.map { $0["id"] as? Int } == [planID])
            // Once held, the next review may be booked.
            _ = try await client.call(.post, "/v1/reviews/\(firstID)/steps", json: #"{"step":"meeting_held","on":"2026-11-29"}"#)
            #expect(try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2027-10-01"}"#).status == 201)
            return firstID
        }
        let notices = try await harness.store.notices(limit: 100)
        #expect(notices.filter { $0.kind == .reviewMoved && $0.reviewID?.rawValue == Int64(reviewID) }.count == 1,
                "one update to the one contributor")
        #expect(notices.filter { $0.kind == .reviewScheduled }.count == 2, "the refused second booking invited no one")
    }
}
