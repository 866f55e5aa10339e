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

@Suite("Admin API: every rejection is problem+json naming the field, and changes nothing")
struct AdminAPIValidationTests {
    static let cases: [(String, String, String)] = [
        ("/v1/children", #"{"given_name":"A","family_name":"B","date_of_birth":"2026-02-30"}"#, "date_of_birth"),
        ("/v1/children", #"{"given_name":"A","family_name":"B","date_of_birth":"2030-01-01"}"#, "date_of_birth"),
        ("/v1/children", #"{"given_name":"A\r\nBcc: x@y.example","family_name":"B","date_of_birth":"2015-01-01"}"#, "given_name"),
        ("/v1/children", #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01","nickname":"x"}"#, "nickname"),
        ("/v1/children", #"{"given_name":"A","date_of_birth":"2015-01-01"}"#, "family_name"),
        ("/v1/children", #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01","year_group":"five"}"#, "year_group"),
        ("/v1/professionals", #"{"name":"X","email":"not-an-email","role":"physiotherapist"}"#, "email"),
        ("/v1/professionals", #"{"name":"X","email":"x@nhs.example","role":"wizard"}"#, "role"),
        ("/v1/professionals", #"{"name":"X","email":"x@nhs.example","role":"physiotherapist","service":"police"}"#, "service"),
        ("/v1/professionals", #"{"name":"X\nY","email":"x@nhs.example","role":"physiotherapist"}"#, "name"),
        ("/v1/plans", #"{"child_id":999,"reference":"EHC-1"}"#, "child_id"),
        ("/v1/plans", #"{"child_id":1,"reference":"EHC-1","next_transfer":{"kind":"secondary_to_post16","on":"2028-09-01","why":"x"}}"#, "next_transfer.why"),
        ("/v1/plans", #"{"child_id":1,"reference":"EHC-1","next_transfer":{"kind":"to_the_moon","on":"2028-09-01"}}"#, "next_transfer.kind"),
    ]

    @Test("bad input", arguments: cases.indices)
    func refused(index: Int) async throws {
        let (uri, json, field) = Self.cases[index]
        let harness = try AdminAPIHarness()
        let auditBefore = try await harness.store.auditEntries().count
        try await harness.test { client in
            try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: json)) { response in
                #expect(response.status.code == 400 || response.status.code == 422, "\(String(buffer: response.body))")
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try APICoding.decoder().decode(ProblemDetails.self, from: Data(String(buffer: response.body).utf8))
                #expect(problem.field == field, "\(problem)")
                #expect(problem.status == Int(response.status.code))
                #expect(!problem.title.isEmpty && !problem.detail.isEmpty)
            }
        }
        #expect(try await harness.store.auditEntries().count == auditBefore, "a rejected request changes nothing")
        #expect(try await harness.store.professionals().isEmpty)
    }

    @Test("a body over 1 MiB is 413")
    func tooLarge() async throws {
        let harness = try AdminAPIHarness()
        let huge = #"{"given_name":""# + String(repeating: "x", count: (1 << 20) + 10) + #"","family_name":"B","date_of_birth":"2015-01-01"}"#
        try await harness.test { client in
            let answer = try await client.call(.post, "/v1/children", json: huge)
            #expect(answer.status == 413)
            #expect(answer.body["status"] as? Int == 413)
        }
    }

    @Test("an unknown id in the path is 404; a bad query value names the parameter")
    func notFoundAndQuery() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            #expect(try await client.call(.get, "/v1/plans/77").status == 404)
            #expect(try await client.call(.get, "/v1/children/abc").status == 404)
            let bad = try await client.call(.get, "/v1/deadlines?as_of=2026-13-01")
            #expect(bad.status == 400)
            #expect(bad.body["field"] as? String == "as_of")
            let limit = try await client.call(.get, "/v1/professionals?limit=0")
            #expect(limit.body["field"] as? String == "limit")
        }
    }

    @Test("a duplicate plan reference is 409 on reference")
    func conflict() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let child = try await client.call(.post, "/v1/children", json: #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#)
            let id = try #require(child.body["id"] as? Int)
            #expect(try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(id),"reference":"EHC-1"}"#).status == 201)
            let again = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(id),"reference":"EHC-1"}"#)
            #expect(again.status == 409)
            #expect(again.body["field"] as? String == "reference")
        }
    }
}

@Suite("Admin API: access and idempotency")
struct AdminAPIAccessTests {
    @Test("a reader may read but a write is 403, and the refusal itself is audited")
    func readerCannotWrite() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test(as: AdminAPIHarness.reader) { client in
            #expect(try await client.call(.get, "/v1/status").status == 200)
            let refused = try await client.call(.post, "/v1/children", json: #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#)
            #expect(refused.status == 403)
        }
        let audit = try await harness.store.auditEntries()
        #expect(audit.first?.action == "denied")
        #expect(audit.first?.actor.userName == "bob")
        #expect(audit.first?.actor.uid == 1002)
        #expect(try await harness.store.child(ChildID(1)) == nil)
    }

    @Test("root may always write; a caller without readable credentials may do nothing")
    func rootAndUnknown() async throws {
        let harness = try AdminAPIHarness()
        let root = CallerIdentity(uid: 0, gid: 0, pid: 3, userName: "root", groups: [0])
        let created = try await harness.test(as: root) { client in
            try await client.call(.post, "/v1/children", json: #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#).status
        }
        #expect(created == 201)
        let unknown = try await harness.test(as: nil) { client in try await client.call(.get, "/v1/status").status }
        #expect(unknown == 403)
    }

    @Test("the same Idempotency-Key and body acts once and answers the same; another body is 422")
    func idempotency() async throws {
        let harness = try AdminAPIHarness()
        let body = #"{"name":"Sam","email":"sam@nhs.example","role":"physiotherapist"}"#
        var headers = HTTPFields()
        headers[HTTPField.Name("Idempotency-Key")!] = "retry-1"
        let sameHeaders = headers
        try await harness.test { client in
            let first = try await client.call(.post, "/v1/professionals", json: body, headers: sameHeaders)
            let second = try await client.call(.post, "/v1/professionals", json: body, headers: sameHeaders)
            #expect(first.status == 201 && second.status == 201)
            #expect(first.text == second.text)
            let other = try await client.call(.post, "/v1/professionals", json: #"{"name":"Kim","email":"kim@nhs.example","role":"physiotherapist"}"#,
                                              headers: sameHeaders)
            #expect(other.status == 422)
            #expect(other.body["field"] as? String == "Idempotency-Key")
        }
        #expect(try await harness.store.professionals().count == 1)
    }
}
