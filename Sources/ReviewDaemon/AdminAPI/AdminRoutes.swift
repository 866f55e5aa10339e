public import Hummingbird

/// Builds the admin API's router: every route of DESIGN §3 under `/v1`, plus `/metrics`, behind the
/// identity and problem middleware.
public enum AdminRoutes {
    public static func router(_ environment: AdminEnvironment, fixedCaller: CallerIdentity? = nil)
        -> Router<AdminRequestContext>
    {
        let router = Router(context: AdminRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: CallerIdentityMiddleware(fixedCaller: fixedCaller))
        StatusRoutes.add(to: router, environment)
        PeopleRoutes.add(to: router, environment)
        PlanRoutes.add(to: router, environment)
        ReviewRoutes.add(to: router, environment)
        OutboxRoutes.add(to: router, environment)
        ImportRoutes.add(to: router, environment)
        ExportRoutes.add(to: router, environment)
        return router
    }
}
