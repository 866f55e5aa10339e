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

    public static func showPlan(_ plan: PlanKey) -> ControlOperation {
        read("/v1/plans/\(plan.pathComponent)", .plan).about(plan)
    }

    public static func addContributor(plan: PlanKey, professional: Int64, idempotencyKey: String? = nil)
        -> ControlOperation
    {
        write("PUT", "/v1/plans/\(plan.pathComponent)/contributors/\(professional)", key: idempotencyKey,
              .contributorAdded(plan: plan.description, professional: professional)).about(plan)
    }

    public static func removeContributor(plan: PlanKey, professional: Int64, idempotencyKey: String? = nil)
        -> ControlOperation
    {
        write("DELETE", "/v1/plans/\(plan.pathComponent)/contributors/\(professional)", key: idempotencyKey,
              .contributorRemoved(plan: plan.description, professional: professional)).about(plan)
    }

    public static func listContributors(plan: PlanKey) -> ControlOperation {
        read("/v1/plans/\(plan.pathComponent)/contributors", .contributorList).about(plan)
    }

    /// `document`: a PDF file to upload first; the event then names it (`document_id`).
    public static func recordEvent(plan: PlanKey, _ body: EventCreate, document: String? = nil,
                                   idempotencyKey: String? = nil) throws -> ControlOperation
    {
        var operation = try write("POST", "/v1/plans/\(plan.pathComponent)/events", body, key: idempotencyKey,
                                  .eventRecorded).about(plan)
        operation.documentFile = document
        return operation
    }

    public static func distribution(plan: PlanKey) -> ControlOperation {
        read("/v1/plans/\(plan.pathComponent)/distribution", .distribution).about(plan)
    }
}
