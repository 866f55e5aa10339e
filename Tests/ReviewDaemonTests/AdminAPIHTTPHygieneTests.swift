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

/// Issue 11 item 7: HTTP-level answers a client can act on — a wrong method is 405 with `Allow` (RFC 9110
/// §15.5.6), an unknown path 404, both as problem+json.
@Suite("Admin API: HTTP hygiene")
struct AdminAPIHTTPHygieneTests {
    @Test("a known path with the wrong method is 405 with Allow; an unknown path is 404", arguments: [
        ("DELETE", "/v1/plans/3", "GET"),
        ("GET", "/v1/plans/3/events", "POST"),
        ("POST", "/v1/status", "GET"),
        ("PUT", "/v1/professionals/7", "GET, PATCH"),
        ("GET", "/v1/plans/1/contributors/2", "DELETE, PUT"),
        ("PATCH", "/v1/plans", "GET, POST"),
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
}
