import HTTPTypes
public import Hummingbird
import ReviewAPI

/// Answers a request that no route matched: `405 Method Not Allowed` with an `Allow` header when the path
/// is served under other methods (RFC 9110 §15.5.6), else `404` naming the path — both as problem+json.
///
/// Hummingbird's router answers both cases with a bare 404; a caller who sent `DELETE /v1/plans/3` should
/// learn that plans cannot be deleted, not that plan 3 does not exist.
public struct UnknownRouteMiddleware: RouterMiddleware {
    public typealias Context = AdminRequestContext

    let table: AdminRouteTable

    public init(table: AdminRouteTable) {
        self.table = table
    }

    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            // Our handlers say "not found" with a ProblemDetails; an HTTPError 404 is the router's "no route".
            let path = request.uri.path
            let allowed = table.methods(forPath: path)
            guard !allowed.isEmpty else {
                throw ProblemDetails(status: 404, title: "Not found", detail: "there is no route \(path)")
            }
            var response = ProblemResponse.response(for: ProblemDetails(
                status: 405, title: "Method not allowed",
                detail: "\(request.method.rawValue) is not served on \(path); allowed: \(allowed.joined(separator: ", "))"))
            response.headers[.allow] = allowed.joined(separator: ", ")
            return response
        }
    }
}
