public import ReviewAPI
public import ReviewCore

/// `reviews schedule`, `reviews cancel`, `steps record`.
extension ControlOperation {
    public static func scheduleReview(plan: PlanKey, _ body: ReviewCreate, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        try write("POST", "/v1/plans/\(plan.pathComponent)/reviews", body, key: idempotencyKey, .reviewScheduled).about(plan)
    }

    public static func recordStep(review: Int64, _ body: StepCreate, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        try write("POST", "/v1/reviews/\(review)/steps", body, key: idempotencyKey,
                  .stepRecorded(review: review, step: body))
    }

    public static func moveReview(_ review: Int64, _ body: ReviewPatch, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        try write("PATCH", "/v1/reviews/\(review)", body, key: idempotencyKey, .reviewMoved)
    }

    public static func listReviews(plan: PlanKey) -> ControlOperation {
        read("/v1/plans/\(plan.pathComponent)/reviews", .reviewList).about(plan)
    }

    /// `on`: the day the meeting was called off (the daemon takes today without it).
    public static func cancelReview(_ review: Int64, on: CivilDate? = nil, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        guard let on else {
            return write("POST", "/v1/reviews/\(review)/cancel", key: idempotencyKey, .reviewCancelled(review: review))
        }
        return try write("POST", "/v1/reviews/\(review)/cancel", ReviewCancel(on: on), key: idempotencyKey,
                         .reviewCancelled(review: review))
    }
}
