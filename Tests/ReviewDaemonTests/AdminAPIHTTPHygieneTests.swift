import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReviewAPI
import ReviewCore
@testable import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 11 item 7: HTTP-level answers a client can act on — a wrong method is 405 with `Allow` (RFC 9110
/// §15.5.6), an unknown path 404, both as problem+json.
@Suite("Admin API: HTTP hygiene")
struct AdminAPIHTTPHygieneTests {
    @Test("a known path with the wrong method is 405 with Allow; an unknown path is 404", arguments: [
        ("DELETE", "/v1/plans/3", "GET, HEAD"),
        ("GET", "/v1/plans/3/events", "POST"),
        ("POST", "/v1/status", "GET, HEAD"),
        ("PUT", "/v1/professionals/7", "GET, HEAD, PATCH"),
        ("GET", "/v1/plans/1/contributors/2", "DELETE, PUT"),
        ("PATCH", "/v1/plans", "GET, HEAD, POST"),
    ])
    func wrongMethod(method: String, path: String, allow: String) async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            try await client.execute(uri: path, method: HTTPRequest.Method(method)!) { response in
                #expect(response.status.code == 405)
                #expect(response.headers[.allow] == allow)
                #expect(response.headers[.contentType] == ProblemDetails.mediaType)
                let problem = try APICoding.decoder().decode(ProblemDetails.self, from: Data(String(buffer: response.body).utf8))
                #expect(problem.status == 405)
                #expect(problem.detail.contains(path))
            }
        }
    }

    @Test("an unknown path is a 404 problem naming it")
    func unknownPath() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            for path in ["/v1/nothing", "/v1/plans/1/nothing", "/v2/status", "/"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status.code == 404, "\(path)")
                    #expect(response.headers[.contentType] == ProblemDetails.mediaType)
                    #expect(response.headers[.allow] == nil)
                    #expect(String(buffer: response.body).contains(path))
                }
            }
        }
    }

    @Test("the route table lists every route once, with OpenAPI-style templates")
    func routeTable() throws {
        let harness = try AdminAPIHarness()
        let routes = AdminRoutes.build(harness.environment).table.all.map(\.description)
        #expect(Set(routes).count == routes.count)
        #expect(routes.contains("PUT /v1/plans/{id}/contributors/{professional_id}"))
        #expect(routes.contains("GET /v1/status"))
        #expect(!routes.contains { $0.contains(":") }, "\(routes)")
    }

    static func problem(_ answer: (status: Int, body: [String: Any], text: String)) -> (Int, String?) {
        (answer.status, answer.body["field"] as? String)
    }

    @Test("a JSON object with a key given twice is 400 naming it, at any depth, escapes included", arguments: [
        (#"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01","given_name":"C"}"#, "given_name"),
        (#"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01","given\u005fname":"C"}"#, "given_name"),
        (#"{"child_id":1,"reference":"R","next_transfer":{"kind":"secondary_to_post16","on":"2028-09-01","on":"2029-09-01"}}"#,
         "next_transfer.on"),
    ])
    func duplicateKeys(json: String, field: String) async throws {
        let harness = try AdminAPIHarness()
        let path = json.contains("child_id") ? "/v1/plans" : "/v1/children"
        let answer = try await harness.test { client in try await client.call(.post, path, json: json) }
        #expect(Self.problem(answer) == (400, field), "\(answer.text)")
        #expect(try await harness.store.auditEntries().isEmpty, "nothing written")
    }

    @Test("the same key in different objects is no duplicate")
    func sameKeyElsewhere() {
        #expect(JSONDuplicateKeys.first(in: Array(#"{"a":{"on":1},"b":{"on":2},"on":[{"on":3},{"on":4}]}"#.utf8)) == nil)
        #expect(JSONDuplicateKeys.first(in: Array(#"{"a":"\"a\":1,","a":2}"#.utf8)) == "a")
        #expect(JSONDuplicateKeys.first(in: Array(#"{"x":[{"k":1,"k":2}]}"#.utf8)) == "x.k")
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(JSONDuplicateKeys.first(in: Array(deep.utf8)) == nil, "no recursion: deep nesting is walked, not overflowed")
    }

    @Test("deeply nested JSON is 400, not a crash")
    func deepNesting() async throws {
        let harness = try AdminAPIHarness()
        let deep = #"{"given_name":"# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        let answer = try await harness.test { client in try await client.call(.post, "/v1/children", json: deep) }
        #expect(answer.status == 400, "\(answer.text.prefix(300))")
    }

    @Test("null is refused naming the field (it used to be read as 'not given'); an empty PATCH is 400")
    func nullsAndEmptyPatch() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let created = try await client.call(.post, "/v1/professionals",
                                                json: #"{"name":"Sam","email":"sam@nhs.example","role":"physiotherapist"}"#)
            let id = try #require(created.body["id"] as? Int)
            #expect(Self.problem(try await client.call(.patch, "/v1/professionals/\(id)", json: #"{"name":null}"#)) == (400, "name"))
            #expect(Self.problem(try await client.call(.patch, "/v1/professionals/\(id)", json: #"{"service":null}"#)) == (400, "service"))
            let empty = try await client.call(.patch, "/v1/professionals/\(id)", json: "{}")
            #expect(empty.status == 400, "\(empty.text)")
            #expect((empty.body["detail"] as? String)?.contains("daily_digest") == true)
            #expect(Self.problem(try await client.call(.post, "/v1/plans",
                                                       json: #"{"child_id":1,"reference":"R","next_transfer":{"kind":null,"on":"2028-09-01"}}"#))
                    == (400, "next_transfer.kind"))
        }
        #expect(try await harness.store.auditEntries().count == 1, "only the professional's creation")
    }

    @Test("dates outside a plausible range are 400 naming the field", arguments: [
        ("events", #"{"kind":"draft_issued","on":"0001-03-14"}"#, "on"),
        ("events", #"{"kind":"draft_issued","on":"2014-08-31"}"#, "on"),
        ("events", #"{"kind":"draft_issued","on":"2027-01-01"}"#, "on"),
        ("reviews", #"{"meeting_on":"2205-01-10"}"#, "meeting_on"),
        ("reviews", #"{"meeting_on":"0001-01-01"}"#, "meeting_on"),
        ("deadlines?as_of=0001-01-01", "", "as_of"),
        ("deadlines?as_of=9999-12-31", "", "as_of"),
    ])
    func implausibleDates(route: String, json: String, field: String) async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let child = try await client.call(.post, "/v1/children",
                                              json: #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#)
            let childID = try #require(child.body["id"] as? Int)
            let plan = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-1"}"#)
            let planID = try #require(plan.body["id"] as? Int)
            #expect(try await client.call(.post, "/v1/plans/\(planID)/events",
                                          json: #"{"kind":"final_issued","on":"2025-03-14"}"#).status == 201)
            let answer = json.isEmpty
                ? try await client.call(.get, "/v1/plans/\(planID)/\(route)")
                : try await client.call(.post, "/v1/plans/\(planID)/\(route)", json: json)
            #expect(Self.problem(answer) == (400, field), "\(answer.text)")
        }
        #expect(try await harness.store.events(plan: PlanID(1)).count == 1)
    }

    @Test("a review on a plan with no final plan is 409 (its state, not the body, is at fault)")
    func reviewBeforeFinal() async throws {
        let harness = try AdminAPIHarness()
        let answer = try await harness.test { client in
            let child = try await client.call(.post, "/v1/children",
                                              json: #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#)
            let childID = try #require(child.body["id"] as? Int)
            _ = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-1"}"#)
            return try await client.call(.post, "/v1/plans/1/reviews", json: #"{"meeting_on":"2026-12-20"}"#)
        }
        #expect(answer.status == 409, "\(answer.text)")
    }

    @Test("PUT a contributor whose professional does not exist is 404, like the plan; HEAD answers wherever GET does")
    func pathIDsAndHead() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let child = try await client.call(.post, "/v1/children",
                                              json: #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#)
            let childID = try #require(child.body["id"] as? Int)
            _ = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-1"}"#)
            #expect(try await client.call(.put, "/v1/plans/1/contributors/999").status == 404)
            #expect(try await client.call(.put, "/v1/plans/999/contributors/1").status == 404)
            try await client.execute(uri: "/v1/status", method: .head) { response in
                #expect(response.status.code == 200)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentType] == "application/json")
            }
        }
    }
}
