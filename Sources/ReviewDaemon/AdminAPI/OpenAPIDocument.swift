import Foundation
import Hummingbird

/// The OpenAPI 3.1 document of every route, request, response and problem shape of the admin API:
/// `docs/openapi.json`, embedded in the binary (``text``) and served at `GET /v1/openapi.json`.
///
/// It exists for an authority's integration team and for the fuzzing in `Tests/e2e`, which start from it;
/// `OpenAPIContractTests` keep it and the router naming the same routes, and check the daemon's answers
/// against its schemas.
public enum OpenAPIDocument {
    /// The document's bytes, made once.
    static let bytes = Data(text.utf8)

    /// The document as JSON text.
    public static var json: String { text }
}

/// `GET /v1/openapi.json`.
enum OpenAPIRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.get("/v1/openapi.json") { _, context in
            try await env.read(context) {
                APIReply(status: 200, body: OpenAPIDocument.bytes, contentType: "application/json")
            }
        }
    }
}
