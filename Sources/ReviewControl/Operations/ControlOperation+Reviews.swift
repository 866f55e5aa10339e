public import ReviewAPI

/// `reviews schedule`, `steps record`.
extension ControlOperation {
    public static func scheduleReview(plan: Int64, _ body: ReviewCreate, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        try write("POST", "/v1/plans/\(plan)/reviews", body, key: idempotencyKey, .reviewScheduled)
    }

    public static func recordStep(review: Int64, _ body: StepCreate, idempotencyKey: String? = nil) throws
        -> ControlOperation
    {
        try write("POST", "/v1/reviews/\(review)/steps", body, key: idempotencyKey,
                  .stepRecorded(review: review, step: body))
    }

    public static func cancelReview(_ review: Int64, idempotencyKey: String? = nil) -> ControlOperation {
        write("POST", "/v1/reviews/\(review)/cancel", key: idempotencyKey, .reviewCancelled(review: review))
    }
}
