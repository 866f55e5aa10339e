import GRDB
public import ReviewCore

/// Books a review meeting, in one transaction: the review with every active contributor as an invitee,
/// its audit line, the plan's deadlines recomputed (invitations, advice, report, decision…), and the
/// invitations — which also ask for advice two weeks before the meeting (``NoticePolicy``).
public struct ScheduleReview: Sendable {
    let store: ReviewStore

    public init(_ store: ReviewStore) {
        self.store = store
    }

    public func callAsFunction(plan planID: PlanID, meetingOn: CivilDate, details: MeetingDetails = .none,
                               by actor: AuditActor, notify: Bool = true) async throws -> Review {
        let context = store.context(actor)
        return try await store.write { db in
            let plan = try ReviewStore.requirePlan(db, planID)
            let reviews = try ReviewStore.fetchReviews(db, planID)
            try StoreError.admitting { () throws(Refusal) in
                try MeetingAdmission.schedule(on: meetingOn, plan: plan, reviews: reviews, today: context.today)
            }
            let contributors = try ReviewStore.fetchContributors(db, planID).map(\.professional)
            let id = try ReviewStore.insertReview(db, planID, meetingOn: meetingOn, details: details,
                                                  invitees: NoticeRecipients.everyone(contributors).map(\.id), at: context.now)
            try context.audit.record(db, action: "review.schedule", entity: "review", id: id.rawValue,
                                     summary: "review of \(plan.reference) scheduled for \(meetingOn)")
            try ReviewStore.refreshDeadlines(db, planID, calculator: context.calculator, today: context.today)
            if notify {
                try context.notices.write(db, planID: planID, cause: .reviewScheduled(id, meetingOn: meetingOn, details: details))
            }
            return try ReviewStore.requireReview(db, id)
        }
    }
}
