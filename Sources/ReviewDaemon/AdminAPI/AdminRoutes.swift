public import Hummingbird

/// Builds the admin API's router: every route of DESIGN §3 under `/v1`, plus `/metrics`, behind the
/// problem, unknown-route and identity middleware.
public enum AdminRoutes {
    public static func router(_ environment: AdminEnvironment, fixedCaller: CallerIdentity? = nil)
        -> Router<AdminRequestContext>
    {
        build(environment, fixedCaller: fixedCaller).router
    }

    /// The router and the table of every route it serves.
    public static func build(_ environment: AdminEnvironment, fixedCaller: CallerIdentity? = nil)
        -> (router: Router<AdminRequestContext>, table: AdminRouteTable)
    {
        let table = AdminRouteTable()
        // HEAD is answered wherever GET is (`curl -I`), with GET's headers and no body.
        let hummingbird = Router(context: AdminRequestContext.self, options: .autoGenerateHeadEndpoints)
        hummingbird.add(middleware: ProblemMiddleware())
        hummingbird.add(middleware: UnknownRouteMiddleware(table: table))
        hummingbird.add(middleware: CallerIdentityMiddleware(fixedCaller: fixedCaller, connections: environment.connections))
        let router = AdminRouter(router: hummingbird, table: table)
        StatusRoutes.add(to: router, environment)
        PeopleRoutes.add(to: router, environment)
        PlanRoutes.add(to: router, environment)
        ReviewRoutes.add(to: router, environment)
        OutboxRoutes.add(to: router, environment)
        ImportRoutes.add(to: router, environment)
        ExportRoutes.add(to: router, environment)
        BackupRoutes.add(to: router, environment)
        DocumentRoutes.add(to: router, environment)
        ContactRoutes.add(to: router, environment)
        LetterRoutes.add(to: router, environment)
        OpenAPIRoutes.add(to: router, environment)
        return (hummingbird, table)
    }
}
