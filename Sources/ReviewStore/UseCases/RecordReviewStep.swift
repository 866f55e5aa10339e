import GRDB
public import ReviewCore

/// Records a step of a review — invitations sent, advice or views received, the meeting held, the report
/// sent, the decision issued — in one transaction: the step, its audit line, the plan's deadlines
/// recomputed, and the notices the policy calls for (the report and the decision go to every active
/// contributor).
public struct RecordReviewStep: Sendable {
    let store: ReviewStore

    public init(_ store: ReviewStore) {
        self.store = store
    }

    public func callAsFunction(_ reviewID: ReviewID, _ step: ReviewStepRecord, by actor: AuditActor,
                               notify: Bool = true) async throws -> Review {
        let context = store.context(actor)
        return try await store.write { db in
            let review = try ReviewStore.requireReview(db, reviewID)
            try StoreError.admitting { () throws(Refusal) in
                try ReviewStepAdmission.check(step, review: review, today: context.today)
            }
            if let professionalID = step.professionalID, try ReviewStore.fetchProfessional(db, professionalID) == nil {
                throw StoreError.notFound(entity: "professional", id: professionalID.rawValue, field: "professional_id")
            }
            try ReviewStore.insertStep(db, reviewID, step, at: context.now)
            try context.audit.record(db, action: "review.step", entity: "review", id: reviewID.rawValue,
                                     summary: "\(step.step.rawValue) on \(step.on)"
                                        + (step.professionalID.map { " by professional \($0)" } ?? "")
                                        + (step.decision.map { " (\($0.rawValue))" } ?? ""))
            try ReviewStore.refreshDeadlines(db, review.planID, calculator: context.calculator, today: context.today)
            if notify { try context.notices.write(db, planID: review.planID, cause: .reviewStep(step, review: review)) }
            return try ReviewStore.requireReview(db, reviewID)
        }
    }
}
