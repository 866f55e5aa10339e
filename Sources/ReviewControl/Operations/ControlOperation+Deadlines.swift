public import ReviewCore

/// `deadlines`: one plan's (`GET /v1/plans/{id}/deadlines`) or the late ones across plans
/// (`GET /v1/deadlines?state=late`, the only cross-plan state so far).
extension ControlOperation {
    public static func planDeadlines(plan: PlanKey, asOf: CivilDate? = nil) -> ControlOperation {
        read("/v1/plans/\(plan.pathComponent)/deadlines", .planDeadlines, query: ["as_of": asOf?.description]).about(plan)
    }

    /// `caseworker`: a SEN caseworker's name or id; only their plans.
    public static func lateDeadlines(asOf: CivilDate? = nil, limit: Int? = nil, offset: Int? = nil,
                                     cursor: String? = nil, caseworker: String? = nil) -> ControlOperation
    {
        read("/v1/deadlines", .lateDeadlines,
             query: ["state": DeadlineState.late.rawValue, "as_of": asOf?.description,
                     "limit": limit.map(String.init), "offset": offset.map(String.init), "cursor": cursor,
                     "caseworker": caseworker])
    }
}
