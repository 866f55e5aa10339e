public import ReviewAPI
import ReviewCore

/// `plans add|list|show`, `contributors add|remove|list`, `events record`, `distribution`.
extension ControlOperation {
    public static func addPlan(_ body: PlanCreate, idempotencyKey: String? = nil) throws -> ControlOperation {
        try write("POST", "/v1/plans", body, key: idempotencyKey, .planAdded)
    }

    public static func listPlans(after: Int64? = nil, limit: Int? = nil) -> ControlOperation {
        read("/v1/plans", .planList, query: ["after": after.map(String.init), "limit": limit.map(String.init)])
    }

    public static func showPlan(_ id: Int64) -> ControlOperation {
        read("/v1/plans/\(id)", .plan)
    }

    public static func addContributor(plan: Int64, professional: Int64, idempotencyKey: String? = nil)
        -> ControlOperation
    {
        write("PUT", "/v1/plans/\(plan)/contributors/\(professional)", key: idempotencyKey,
              .contributorAdded(plan: plan, professional: professional))
    }

    public static func removeContributor(plan: Int64, professional: Int64, idempotencyKey: String? = nil)
        -> ControlOperation
    {
        write("DELETE", "/v1/plans/\(plan)/contributors/\(professional)", key: idempotencyKey,
              .contributorRemoved(plan: plan, professional: professional))
    }

    public static func listContributors(plan: Int64) -> ControlOperation {
        read("/v1/plans/\(plan)/contributors", .contributorList)
    }

    public static func recordEvent(plan: Int64, _ body: EventCreate, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        try write("POST", "/v1/plans/\(plan)/events", body, key: idempotencyKey, .eventRecorded)
    }

    public static func distribution(plan: Int64) -> ControlOperation {
        read("/v1/plans/\(plan)/distribution", .distribution)
    }
}
