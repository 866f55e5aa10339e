public import Hummingbird

/// The admin API's router as the route files see it: Hummingbird's `Router`, with every route also
/// recorded in an ``AdminRouteTable`` so that the API can list what it serves.
public struct AdminRouter {
    public typealias Handler<Output: ResponseGenerator> = @Sendable (Request, AdminRequestContext) async throws -> Output

    let router: Router<AdminRequestContext>
    public let table: AdminRouteTable

    init(router: Router<AdminRequestContext>, table: AdminRouteTable) {
        self.router = router
        self.table = table
    }

    func get(_ path: String, use handler: @escaping Handler<some ResponseGenerator>) {
        add(.get, path, handler)
    }

    func post(_ path: String, use handler: @escaping Handler<some ResponseGenerator>) {
        add(.post, path, handler)
    }

    func put(_ path: String, use handler: @escaping Handler<some ResponseGenerator>) {
        add(.put, path, handler)
    }

    func patch(_ path: String, use handler: @escaping Handler<some ResponseGenerator>) {
        add(.patch, path, handler)
    }

    func delete(_ path: String, use handler: @escaping Handler<some ResponseGenerator>) {
        add(.delete, path, handler)
    }

    private func add(_ method: HTTPRequest.Method, _ path: String, _ handler: @escaping Handler<some ResponseGenerator>) {
        table.record(method: method.rawValue, path: path)
        router.on(RouterPath(path), method: method, use: handler)
    }
}
