import Foundation
import HummingbirdTesting
import HTTPTypes
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// One authority's day through every route of the admin API — successes and the usual refusals — recorded
/// for the OpenAPI contract check. The assertions here only check that the scenario did what it meant to;
/// the schema check is the point.
enum OpenAPIScenario {
    static func keyed(_ key: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[HTTPField.Name("Idempotency-Key")!] = key
        return headers
    }

    static func run(_ harness: AdminAPIHarness, _ r: ExchangeRecorder) async throws {
        let ids = try await harness.store.enqueue([NewNotice(planID: nil, professionalID: nil,
                                                             recipient: try EmailAddress("x@nhs.example"), kind: .finalIssued)])
        _ = try await harness.store.claimDueNotices(now: harness.database.clock.now(), limit: 1)
        try await harness.store.markDead(ids[0], error: "550 no such user")
        try await harness.test { c in
            // Status, metrics, the document.
            try await c.exchange(r, .get, "/v1/status", "/v1/status")
            try await c.exchange(r, .get, "/metrics", "/metrics")
            try await c.exchange(r, .get, "/v1/openapi.json", "/v1/openapi.json")

            // People.
            let sam = try await c.exchange(r, .post, "/v1/professionals", "/v1/professionals",
                                           json: #"{"name":"Sam Speech","email":"sam@nhs.example","role":"speech_and_language_therapist"}"#)
            let samID = try #require((sam.body as? [String: Any])?["id"] as? Int)
            let team = try await c.exchange(r, .post, "/v1/professionals", "/v1/professionals",
                                            json: #"{"name":"Adult team","email":"pathway@council.example","role":"specialist_pathway","service":"social_care","active":true,"daily_digest":false}"#,
                                            headers: keyed("team"))
            let teamID = try #require((team.body as? [String: Any])?["id"] as? Int)
            try await c.exchange(r, .post, "/v1/professionals", "/v1/professionals",
                                 json: #"{"name":"X","email":"not-an-email","role":"physiotherapist"}"#)
            try await c.exchange(r, .post, "/v1/professionals", "/v1/professionals",
                                 json: #"{"name":"Sam again","email":"sam@nhs.example","role":"physiotherapist"}"#)
            try await c.exchange(r, .post, "/v1/professionals", "/v1/professionals",
                                 json: #"{"name":"Other","email":"other@nhs.example","role":"physiotherapist"}"#,
                                 headers: keyed("team"))
            try await c.exchange(r, .post, "/v1/professionals", "/v1/professionals",
                                 json: #"{"name":""# + String(repeating: "x", count: (1 << 20) + 10) + #""}"#)
            try await c.exchange(r, .get, "/v1/professionals", "/v1/professionals?limit=1")
            try await c.exchange(r, .get, "/v1/professionals", "/v1/professionals?limit=0")
            try await c.exchange(r, .get, "/v1/professionals/{id}", "/v1/professionals/\(samID)")
            try await c.exchange(r, .get, "/v1/professionals/{id}", "/v1/professionals/99999")
            try await c.exchange(r, .patch, "/v1/professionals/{id}", "/v1/professionals/\(teamID)",
                                 json: #"{"name":"Adult pathway team"}"#)
            try await c.exchange(r, .patch, "/v1/professionals/{id}", "/v1/professionals/\(teamID)", json: #"{"role":"wizard"}"#)

            let child = try await c.exchange(r, .post, "/v1/children", "/v1/children",
                                             json: #"{"given_name":"Amira","family_name":"Begum","date_of_birth":"2012-05-10"}"#)
            let childID = try #require((child.body as? [String: Any])?["id"] as? Int)
            try await c.exchange(r, .post, "/v1/children", "/v1/children",
                                 json: #"{"given_name":"A","family_name":"B","date_of_birth":"2030-01-01"}"#)
            try await c.exchange(r, .post, "/v1/children", "/v1/children", json: #"""
                {"given_name":"Cai","family_name":"Dee","date_of_birth":"2012-10-01","year_group":8,"year_group_for":"2025/26"}
                """#)
            try await c.exchange(r, .post, "/v1/children", "/v1/children", json: #"""
                {"given_name":"Cai","family_name":"Dee","date_of_birth":"2012-10-01","year_group_for":"2025/27"}
                """#)
            try await c.exchange(r, .get, "/v1/children/{id}", "/v1/children/\(childID)")
            try await c.exchange(r, .get, "/v1/children/{id}", "/v1/children/424242")

            // A plan, its contributors and its life.
            let plan = try await c.exchange(r, .post, "/v1/plans", "/v1/plans",
                                            json: #"{"child_id":\#(childID),"reference":"EHC-0001","next_transfer":{"kind":"secondary_to_post16","on":"2028-09-01"}}"#)
            let planID = try #require((plan.body as? [String: Any])?["id"] as? Int)
            try await c.exchange(r, .post, "/v1/plans", "/v1/plans", json: #"{"child_id":999,"reference":"EHC-9"}"#)
            try await c.exchange(r, .post, "/v1/plans", "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-0001"}"#)
            try await c.exchange(r, .get, "/v1/plans", "/v1/plans")
            try await c.exchange(r, .get, "/v1/plans/{id}", "/v1/plans/\(planID)")
            try await c.exchange(r, .get, "/v1/plans/{id}", "/v1/plans/777")
            try await c.exchange(r, .put, "/v1/plans/{id}/contributors/{professional_id}",
                                 "/v1/plans/\(planID)/contributors/\(samID)")
            try await c.exchange(r, .put, "/v1/plans/{id}/contributors/{professional_id}",
                                 "/v1/plans/\(planID)/contributors/\(samID)")
            try await c.exchange(r, .put, "/v1/plans/{id}/contributors/{professional_id}",
                                 "/v1/plans/\(planID)/contributors/\(teamID)")
            try await c.exchange(r, .put, "/v1/plans/{id}/contributors/{professional_id}",
                                 "/v1/plans/\(planID)/contributors/99999")
            try await c.exchange(r, .get, "/v1/plans/{id}/contributors", "/v1/plans/\(planID)/contributors")
            try await c.exchange(r, .post, "/v1/plans/{id}/reviews", "/v1/plans/\(planID)/reviews",
                                 json: #"{"meeting_on":"2026-02-20"}"#)
            try await c.exchange(r, .post, "/v1/plans/{id}/events", "/v1/plans/\(planID)/events",
                                 json: #"{"kind":"final_issued","on":"2025-03-14"}"#, headers: keyed("final"))
            try await c.exchange(r, .post, "/v1/plans/{id}/events", "/v1/plans/\(planID)/events",
                                 json: #"{"kind":"final_issued","on":"2025-03-14"}"#, headers: keyed("final"))
            try await c.exchange(r, .post, "/v1/plans/{id}/events", "/v1/plans/\(planID)/events",
                                 json: #"{"kind":"teleported","on":"2025-03-14"}"#)
            let review = try await c.exchange(r, .post, "/v1/plans/{id}/reviews", "/v1/plans/\(planID)/reviews",
                                              json: #"{"meeting_on":"2026-02-20"}"#)
            let reviewID = try #require((review.body as? [String: Any])?["id"] as? Int)
            try await c.exchange(r, .post, "/v1/plans/{id}/reviews", "/v1/plans/\(planID)/reviews",
                                 json: #"{"meeting_on":"20/02/2026"}"#)
            try await c.exchange(r, .post, "/v1/reviews/{id}/steps", "/v1/reviews/\(reviewID)/steps",
                                 json: #"{"step":"advice_received","on":"2026-01-30","professional_id":\#(samID)}"#)
            try await c.exchange(r, .post, "/v1/reviews/{id}/steps", "/v1/reviews/\(reviewID)/steps",
                                 json: #"{"step":"views_received","on":"2026-01-30","from":"parent"}"#)
            try await c.exchange(r, .post, "/v1/reviews/{id}/steps", "/v1/reviews/\(reviewID)/steps",
                                 json: #"{"step":"meeting_held","on":"2026-02-20","pfa_considered":true}"#)
            try await c.exchange(r, .post, "/v1/reviews/{id}/steps", "/v1/reviews/\(reviewID)/steps",
                                 json: #"{"step":"decision_issued","on":"2026-03-01","decision":"maintain"}"#)
            try await c.exchange(r, .post, "/v1/reviews/{id}/steps", "/v1/reviews/\(reviewID)/steps",
                                 json: #"{"step":"decision_issued","on":"2026-03-01","decision":"shrug"}"#)
            try await c.exchange(r, .post, "/v1/reviews/{id}/steps", "/v1/reviews/5555/steps",
                                 json: #"{"step":"meeting_held","on":"2026-02-20"}"#)
            let next = try await c.exchange(r, .post, "/v1/plans/{id}/reviews", "/v1/plans/\(planID)/reviews",
                                            json: #"{"meeting_on":"2027-02-10","starts_at":"10:00","ends_at":"11:30","location":"Oak Room","online_url":"https://meet.example/1"}"#)
            let nextID = try #require((next.body as? [String: Any])?["id"] as? Int)
            try await c.exchange(r, .post, "/v1/plans/{id}/reviews", "/v1/plans/\(planID)/reviews",
                                 json: #"{"meeting_on":"2027-02-17"}"#)
            try await c.exchange(r, .patch, "/v1/reviews/{id}", "/v1/reviews/\(nextID)", json: #"{"meeting_on":"2027-02-12"}"#)
            try await c.exchange(r, .patch, "/v1/reviews/{id}", "/v1/reviews/\(nextID)", json: #"{"starts_at":"14:00","ends_at":"","location":""}"#)
            try await c.exchange(r, .patch, "/v1/reviews/{id}", "/v1/reviews/\(nextID)", json: #"{"ends_at":"09:00"}"#)
            try await c.exchange(r, .patch, "/v1/reviews/{id}", "/v1/reviews/\(reviewID)", json: #"{"meeting_on":"2027-02-12"}"#)
            try await c.exchange(r, .patch, "/v1/reviews/{id}", "/v1/reviews/\(nextID)", json: "{}")
            try await c.exchange(r, .get, "/v1/plans/{id}/reviews", "/v1/plans/\(planID)/reviews")
            try await c.exchange(r, .get, "/v1/plans", "/v1/plans?reference=EHC-0001")
            try await c.exchange(r, .get, "/v1/plans", "/v1/plans?reference=NOPE")
            try await c.exchange(r, .post, "/v1/reviews/{id}/cancel", "/v1/reviews/\(nextID)/cancel")
            try await c.exchange(r, .post, "/v1/reviews/{id}/cancel", "/v1/reviews/\(nextID)/cancel")
            try await c.exchange(r, .post, "/v1/reviews/{id}/cancel", "/v1/reviews/\(reviewID)/cancel",
                                 json: #"{"on":"2099-01-01"}"#)

            // Deadlines, distribution, the late list.
            try await c.exchange(r, .get, "/v1/plans/{id}/deadlines", "/v1/plans/\(planID)/deadlines?as_of=2026-03-02")
            try await c.exchange(r, .get, "/v1/plans/{id}/deadlines", "/v1/plans/\(planID)/deadlines?as_of=yesterday")
            try await c.exchange(r, .get, "/v1/plans/{id}/distribution", "/v1/plans/\(planID)/distribution")
            try await c.exchange(r, .get, "/v1/deadlines", "/v1/deadlines?state=late&as_of=2027-06-01&limit=1")
            try await c.exchange(r, .get, "/v1/deadlines", "/v1/deadlines?state=late&as_of=2027-06-01&limit=1&cursor=2026-03-13.1.annual_review@2025-03-14")
            try await c.exchange(r, .get, "/v1/deadlines", "/v1/deadlines?state=late&cursor=nonsense")
            try await c.exchange(r, .get, "/v1/deadlines", "/v1/deadlines?state=pending")
            try await c.exchange(r, .delete, "/v1/plans/{id}/contributors/{professional_id}",
                                 "/v1/plans/\(planID)/contributors/\(teamID)")
            try await c.exchange(r, .delete, "/v1/plans/{id}/contributors/{professional_id}",
                                 "/v1/plans/\(planID)/contributors/\(teamID)")

            // The outbox, the digest, the audit log.
            try await c.exchange(r, .get, "/v1/notices", "/v1/notices?state=dead")
            try await c.exchange(r, .get, "/v1/notices", "/v1/notices?limit=2")
            try await c.exchange(r, .get, "/v1/notices", "/v1/notices?state=bogus")
            try await c.exchange(r, .post, "/v1/notices/{id}/retry", "/v1/notices/\(ids[0].rawValue)/retry")
            try await c.exchange(r, .post, "/v1/notices/{id}/retry", "/v1/notices/\(ids[0].rawValue)/retry")
            try await c.exchange(r, .post, "/v1/notices/{id}/retry", "/v1/notices/31337/retry")
            try await c.exchange(r, .post, "/v1/digest/run", "/v1/digest/run", json: #"{"dry_run":true}"#)
            try await c.exchange(r, .post, "/v1/digest/run", "/v1/digest/run", json: "{}")
            try await c.exchange(r, .post, "/v1/digest/run", "/v1/digest/run", json: #"{"date":"2026-02-30"}"#)
            try await c.exchange(r, .get, "/v1/audit", "/v1/audit?limit=5")

            // Import and export.
            let children = try String(contentsOf: OpenAPIContractTests.root.appendingPathComponent("docs/import/children.csv"),
                                      encoding: .utf8)
            try await c.exchange(r, .post, "/v1/import/{kind}", "/v1/import/children?dry_run=true", body: children)
            try await c.exchange(r, .post, "/v1/import/{kind}", "/v1/import/children", body: children)
            try await c.exchange(r, .post, "/v1/import/{kind}", "/v1/import/children", body: "child_ref,given_name\nx,\n")
            try await c.exchange(r, .post, "/v1/import/{kind}", "/v1/import/spaceships", body: "a\n")
            try await c.exchange(r, .get, "/v1/export/late", "/v1/export/late?as_of=2027-06-01")
            try await c.exchange(r, .get, "/v1/export/late", "/v1/export/late?as_of=soon")
            try await c.exchange(r, .get, "/v1/export/sen2-reviews", "/v1/export/sen2-reviews?year=2026")
            try await c.exchange(r, .get, "/v1/export/sen2-reviews", "/v1/export/sen2-reviews")
            try await c.exchange(r, .get, "/v1/export/sen2-reviews/figures", "/v1/export/sen2-reviews/figures?year=2026")

            // A backup of the whole database.
            try await c.exchange(r, .post, "/v1/backup", "/v1/backup")

            // The family: a parent by email, a carer by post, one with no way to reach them; changed; listed.
            let mum = try await c.exchange(r, .post, "/v1/children/{id}/contacts", "/v1/children/\(childID)/contacts",
                                           json: #"{"name":"Aisha Begum","relationship":"parent","email":"aisha@example.org","needs":["easy_read"]}"#)
            let mumID = try #require((mum.body as? [String: Any])?["id"] as? Int)
            try await c.exchange(r, .post, "/v1/children/{id}/contacts", "/v1/children/\(childID)/contacts",
                                 json: #"{"name":"Nan","relationship":"carer","postal_address":"1 High St\nLeeds"}"#)
            try await c.exchange(r, .post, "/v1/children/{id}/contacts", "/v1/children/\(childID)/contacts",
                                 json: #"{"name":"Nobody","relationship":"parent"}"#)
            try await c.exchange(r, .post, "/v1/children/{id}/contacts", "/v1/children/99999/contacts",
                                 json: #"{"name":"X","relationship":"parent","email":"x@example.org"}"#)
            try await c.exchange(r, .patch, "/v1/contacts/{id}", "/v1/contacts/\(mumID)", json: #"{"preferred_language":"Urdu"}"#)
            try await c.exchange(r, .patch, "/v1/contacts/{id}", "/v1/contacts/\(mumID)", json: #"{"email":""}"#)
            try await c.exchange(r, .get, "/v1/children/{id}/contacts", "/v1/children/\(childID)/contacts")
            try await c.exchange(r, .get, "/v1/letters", "/v1/letters?state=to_print&limit=5")
            try await c.exchange(r, .get, "/v1/letters", "/v1/letters?state=lost")
            try await c.exchange(r, .get, "/v1/letters/{id}", "/v1/letters/99999")
            try await c.exchange(r, .post, "/v1/letters/{id}/posted", "/v1/letters/99999/posted")
            // Plan documents: stored, the same bytes again, not a PDF, the wrong type; read back; one event names it.
            let pdf: HTTPFields = [.contentType: "application/pdf"]
            let stored = try await c.exchange(r, .post, "/v1/documents", "/v1/documents",
                                              body: "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n", headers: pdf)
            let documentID = try #require((stored.body as? [String: Any])?["id"] as? Int)
            try await c.exchange(r, .post, "/v1/documents", "/v1/documents", body: "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n",
                                 headers: pdf)
            try await c.exchange(r, .post, "/v1/documents", "/v1/documents", body: "<html>not a plan</html>", headers: pdf)
            try await c.exchange(r, .post, "/v1/documents", "/v1/documents", body: "%PDF-1.7\n%%EOF\n",
                                 headers: [.contentType: "text/plain"])
            try await c.exchange(r, .get, "/v1/documents/{id}", "/v1/documents/\(documentID)")
            try await c.exchange(r, .get, "/v1/documents/{id}", "/v1/documents/99999")
            try await c.exchange(r, .post, "/v1/plans/{id}/events", "/v1/plans/\(planID)/events",
                                 json: #"{"kind":"amended_final_issued","on":"2025-09-01","document_id":\#(documentID)}"#)
            try await c.exchange(r, .post, "/v1/plans/{id}/events", "/v1/plans/\(planID)/events",
                                 json: #"{"kind":"amended_final_issued","on":"2025-09-02","document_id":99999}"#)

            // Wrong methods and unknown paths.
            try await c.exchange(r, .delete, "/v1/plans/{id}", "/v1/plans/\(planID)")
            try await c.exchange(r, .put, "/v1/status", "/v1/status")
        }
        // A reader's refused write, and refused backup.
        _ = try await harness.test(as: AdminAPIHarness.reader) { c in
            try await c.exchange(r, .post, "/v1/backup", "/v1/backup")
            try await c.exchange(r, .post, "/v1/children", "/v1/children",
                                 json: #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#)
        }
    }
}
