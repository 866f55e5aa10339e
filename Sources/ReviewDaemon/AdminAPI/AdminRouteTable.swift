import Synchronization

/// Every route the admin API serves, as `(method, template)` with OpenAPI-style templates
/// (`/v1/plans/{id}/events`), recorded as the routes are added.
///
/// It exists because Hummingbird's router keeps its routes to itself, and three things need the list:
/// the answer to a known path with the wrong method (`405` with `Allow`, not `404`), the test that the
/// OpenAPI document and the router name the same routes, and the document's route itself.
public final class AdminRouteTable: Sendable {
    /// One route: an HTTP method and a path template.
    public struct Route: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let method: String
        /// With `{name}` for each path parameter, as in OpenAPI.
        public let template: String

        public var description: String { "\(method) \(template)" }

        public static func < (lhs: Route, rhs: Route) -> Bool {
            (lhs.template, lhs.method) < (rhs.template, rhs.method)
        }
    }

    private let routes = Mutex<[Route]>([])

    public init() {}

    /// Records a route added with Hummingbird's `:name` syntax.
    func record(method: String, path: String) {
        let template = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
        }.joined(separator: "/")
        routes.withLock { $0.append(Route(method: method, template: template)) }
    }

    /// Every route, sorted by template then method.
    public var all: [Route] { routes.withLock { $0 }.sorted() }

    /// The methods served on `path` (a concrete request path), sorted, HEAD wherever GET is; empty when no
    /// route has that path.
    public func methods(forPath path: String) -> [String] {
        let segments = Self.segments(path)
        let matching = routes.withLock { routes in
            routes.filter { route in
                let pattern = Self.segments(route.template)
                guard pattern.count == segments.count else { return false }
                return zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
            }
        }
        var methods = Set(matching.map(\.method))
        if methods.contains("GET") { methods.insert("HEAD") }
        return methods.sorted()
    }

    private static func segments(_ path: String) -> [Substring] {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "/", omittingEmptySubsequences: false)
    }
}
