import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReviewCore
import ReviewDaemon
import ReviewMail
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 15 item 5: a family without email gets letters — queued to print, each an A4 page with their
/// address, marked posted, counted in the digest. Nothing is lost because a family has no email.
@Suite("Admin API: letters to families without email")
struct AdminAPILetterTests {
    @Test("a booking writes a letter for a parent with only an address: listed, printed, posted, counted")
    func letters() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let planID = try await issuedPlan(client, reference: "EHC-90")
            let plan = try await client.call(.get, "/v1/plans/\(planID)")
            let childID = try #require(plan.body["child_id"] as? Int)
            let dad = try await client.call(.post, "/v1/children/\(childID)/contacts", json: #"""
                {"name":"Omar Begum","relationship":"parent","postal_address":"2 Low Road\nLeeds LS1 1AA","needs":["large_print"]}
                """#)
            #expect(dad.status == 201, "\(dad.text)")
            _ = try await client.call(.post, "/v1/plans/\(planID)/reviews",
                                      json: #"{"meeting_on":"2026-12-20","starts_at":"10:00","location":"Oak Room"}"#)
            let listed = try await client.execute(uri: "/v1/letters?state=to_print", method: .get) { response in
                (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [[String: Any]] ?? []
            }
            #expect(Set(listed.compactMap { $0["kind"] as? String }) == ["family_invitation", "family_views_requested"])
            let id = try #require(listed.first?["id"] as? Int)
            let page = try await client.execute(uri: "/v1/letters/\(id)", method: .get) { response in
                (response.status.code, response.headers[.contentType], String(buffer: response.body))
            }
            #expect(page.0 == 200 && page.1 == "text/html; charset=utf-8")
            #expect(page.2.contains("2 Low Road\nLeeds LS1 1AA") && page.2.contains("Dear Omar Begum"))
            #expect(page.2.contains("@page { size: A4") && page.2.contains("font-size: 18pt"), "large print")
            #expect(page.2.contains("Sunday 20 December 2026 at 10:00"))
            let digest = try await client.call(.post, "/v1/digest/run", json: #"{"dry_run":true}"#)
            #expect((digest.body["text"] as? String)?.contains("Letters to post:") == true, "\(digest.text.prefix(300))")
            let posted = try await client.call(.post, "/v1/letters/\(id)/posted")
            #expect(posted.status == 200 && posted.body["state"] as? String == "posted" && posted.body["posted_at"] != nil)
            let again = try await client.call(.post, "/v1/letters/\(id)/posted")
            #expect(again.status == 200 && again.body["posted_at"] as? String == posted.body["posted_at"] as? String)
            let waiting = try await client.execute(uri: "/v1/letters?state=to_print", method: .get) { response in
                (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [[String: Any]] ?? []
            }
            #expect(waiting.count == 1)
        }
        let audit = try await harness.store.auditEntries(limit: 50).map(\.summary).joined(separator: "\n")
        #expect(!audit.contains("Low Road") && !audit.contains("Omar"), "no family details in the audit")
    }
}

/// Issue 15 item 6: the distribution record shows the family's deliveries beside the professionals'.
@Suite("Admin API: the family in the distribution record")
struct AdminAPIFamilyDistributionTests {
    @Test("a booking's family messages appear with who, what and how (email or letter)")
    func familyRows() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let planID = try await issuedPlan(client, reference: "EHC-91")
            let childID = try #require(try await client.call(.get, "/v1/plans/\(planID)").body["child_id"] as? Int)
            _ = try await client.call(.post, "/v1/children/\(childID)/contacts",
                                      json: #"{"name":"Aisha","relationship":"parent","email":"aisha@home.example"}"#)
            _ = try await client.call(.post, "/v1/children/\(childID)/contacts",
                                      json: #"{"name":"Omar","relationship":"parent","postal_address":"2 Low Road"}"#)
            _ = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2026-12-20"}"#)
            let rows = try await client.execute(uri: "/v1/plans/\(planID)/distribution", method: .get) { response in
                (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [[String: Any]] ?? []
            }
            let family = rows.filter { $0["audience"] as? String == "family" }
            #expect(family.count == 4, "invitation and views request, each to two parents: \(family)")
            #expect(Set(family.compactMap { $0["via"] as? String }) == ["email", "letter"])
            #expect(family.contains { $0["name"] as? String == "Omar" && $0["notice_state"] as? String == "to_print" })
            #expect(family.allSatisfy { $0["professional_id"] == nil && $0["relationship"] as? String == "parent" })
            #expect(rows.contains { $0["professional_id"] != nil }, "the professionals' rows are still there")
        }
    }
}
