import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReviewAPI
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

@Suite("Admin API routes through the router (no socket)")
struct AdminAPIRouteTests {
    @Test("a plan's whole life through the API: people, plan, contributors, events, review, steps, deadlines, distribution")
    func everyRoute() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let therapist = try await client.call(.post, "/v1/professionals", json: #"{"name":"Sam Speech","email":"sam@nhs.example","role":"speech_and_language_therapist"}"#)
            #expect(therapist.status == 201)
            #expect(therapist.body["service"] as? String == "health")
            let therapistID = try #require(therapist.body["id"] as? Int)
            let pathway = try await client.call(.post, "/v1/professionals", json: #"{"name":"Adult team","email":"pathway@council.example","role":"specialist_pathway","service":"social_care","active":true}"#)
            let pathwayID = try #require(pathway.body["id"] as? Int)
            let patched = try await client.call(.patch, "/v1/professionals/\(pathwayID)", json: #"{"name":"Adult pathway team"}"#)
            #expect(patched.body["name"] as? String == "Adult pathway team")
            #expect(try await client.call(.get, "/v1/professionals/\(therapistID)").body["email"] as? String == "sam@nhs.example")
            let list = try await client.execute(uri: "/v1/professionals?limit=1", method: .get) { $0 }
            #expect(((try? JSONSerialization.jsonObject(with: Data(String(buffer: list.body).utf8))) as? [Any])?.count == 1,
                    "a list is a bare JSON array")
            #expect(list.headers[HTTPField.Name("Link")!] == "</v1/professionals?after=\(therapistID)&limit=1>; rel=\"next\"")

            let child = try await client.call(.post, "/v1/children", json: #"{"given_name":"Amira","family_name":"Begum","date_of_birth":"2012-05-10"}"#)
            #expect(child.status == 201)
            // 14 on 31 August 2026: Year 10 in 2026/27 (the harness's clock says 2026-11-29).
            #expect(child.body["year_group"] as? Int == 10)
            let childID = try #require(child.body["id"] as? Int)
            #expect(try await client.call(.get, "/v1/children/\(childID)").body["given_name"] as? String == "Amira")

            let plan = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-0001","next_transfer":{"kind":"secondary_to_post16","on":"2028-09-01"}}"#)
            #expect(plan.status == 201)
            let planID = try #require(plan.body["id"] as? Int)
            #expect(try await client.call(.get, "/v1/plans").status == 200)
            #expect(try await client.call(.put, "/v1/plans/\(planID)/contributors/\(therapistID)").status == 201)
            #expect(try await client.call(.put, "/v1/plans/\(planID)/contributors/\(therapistID)").status == 200)
            #expect(try await client.call(.put, "/v1/plans/\(planID)/contributors/\(pathwayID)").status == 201)
            let contributors = try await client.call(.get, "/v1/plans/\(planID)/contributors")
            #expect(contributors.text.contains("sam@nhs.example"))

            let final = try await client.call(.post, "/v1/plans/\(planID)/events", json: #"{"kind":"final_issued","on":"2025-03-14"}"#)
            #expect(final.status == 201)
            #expect(final.body["version"] as? Int == 1)
            let review = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2026-02-20"}"#)
            #expect(review.status == 201)
            let reviewID = try #require(review.body["id"] as? Int)
            #expect((review.body["invitees"] as? [Any])?.count == 2)
            let step = try await client.call(.post, "/v1/reviews/\(reviewID)/steps", json: #"{"step":"advice_received","on":"2026-01-30","professional_id":\#(therapistID)}"#)
            #expect(step.status == 201)
            _ = try await client.call(.post, "/v1/reviews/\(reviewID)/steps", json: #"{"step":"meeting_held","on":"2026-02-20"}"#)
            let decision = try await client.call(.post, "/v1/reviews/\(reviewID)/steps", json: #"{"step":"decision_issued","on":"2026-03-01","decision":"maintain"}"#)
            #expect(decision.status == 201)

            let deadlines = try await client.call(.get, "/v1/plans/\(planID)/deadlines?as_of=2026-03-02")
            #expect(deadlines.text.contains(#""rule":"annual_review""#))
            #expect(deadlines.text.contains(#""days_late""#) && deadlines.text.contains(#""statutory":true"#))
            let late = try await client.call(.get, "/v1/deadlines?state=late&as_of=2026-03-02")
            #expect(late.text.contains(#""reference":"EHC-0001""#))
            let lateHead = try await client.execute(uri: "/v1/deadlines?state=late&as_of=2026-03-02", method: .get) { $0 }
            #expect(Int(lateHead.headers[HTTPField.Name("X-Total-Count")!] ?? "") ?? 0 >= 1)
            let distribution = try await client.call(.get, "/v1/plans/\(planID)/distribution")
            // The final plan was sent (queued) to both contributors, the therapist included.
            #expect(distribution.text.components(separatedBy: #""notice_state":"queued""#).count == 3, "\(distribution.text)")

            let second = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2027-02-10"}"#)
            let secondID = try #require(second.body["id"] as? Int)
            let cancelled = try await client.call(.post, "/v1/reviews/\(secondID)/cancel")
            #expect(cancelled.status == 200)
            #expect(cancelled.body["cancelled_on"] as? String == "2026-11-29")
            #expect(try await client.call(.post, "/v1/reviews/\(secondID)/cancel").status == 409)
            #expect(try await client.call(.delete, "/v1/plans/\(planID)/contributors/\(pathwayID)").status == 204)
            #expect(try await client.call(.delete, "/v1/plans/\(planID)/contributors/\(pathwayID)").status == 404)
            let status = try await client.call(.get, "/v1/status")
            #expect(status.body["plans"] as? Int == 1)
            let audit = try await client.call(.get, "/v1/audit?limit=50")
            #expect(audit.text.contains(#""user_name":"alice""#) && audit.text.contains(#""uid":1001"#))
            #expect(audit.text.contains("POST /v1/plans/{id}/reviews"))
            let metrics = try await client.call(.get, "/metrics")
            #expect(metrics.text.contains("ehc_review_plans_count 1"))
        }
    }

    @Test("the outbox and the digest routes")
    func outboxAndDigest() async throws {
        let harness = try AdminAPIHarness()
        let ids = try await harness.store.enqueue([NewNotice(planID: nil, professionalID: nil,
                                                             recipient: try EmailAddress("x@nhs.example"), kind: .finalIssued)])
        _ = try await harness.store.claimDueNotices(now: harness.database.clock.now(), limit: 1)
        try await harness.store.markDead(ids[0], error: "550 no such user")
        try await harness.test { client in
            let dead = try await client.call(.get, "/v1/notices?state=dead")
            #expect(dead.text.contains("550 no such user"))
            let retried = try await client.call(.post, "/v1/notices/\(ids[0].rawValue)/retry")
            #expect(retried.body["state"] as? String == "queued")
            #expect(try await client.call(.get, "/v1/notices?state=bogus").status == 400)
            let dry = try await client.call(.post, "/v1/digest/run", json: #"{"dry_run":true}"#)
            #expect(dry.status == 200)
            #expect(dry.body["late_reviews"] as? Int == 0)
            #expect(dry.body["undelivered_notices"] as? Int == 1, "the notice queued again by the retry")
            #expect((dry.body["text"] as? String)?.hasPrefix("Nothing is late today") == true)
            #expect(dry.body["run_id"] == nil)
            let real = try await client.call(.post, "/v1/digest/run", json: "{}")
            #expect(real.status == 202)
            #expect((real.body["queued_notices"] as? [Any])?.count == 1)
            #expect(real.body["run_id"] as? Int != nil)
            #expect(try await client.call(.post, "/v1/digest/run", json: #"{"date":"2026-02-30"}"#).status == 400)
        }
        #expect(try await harness.store.lastDigest(kind: .manual) != nil)
        #expect(try await harness.store.auditEntries().first?.action == "digest.run")
        #expect(try await harness.store.lastDigest(kind: .scheduled) == nil, "an extra run is not the day's scheduled digest")
    }
}
