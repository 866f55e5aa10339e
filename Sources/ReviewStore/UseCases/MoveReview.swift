import GRDB
public import ReviewCore

/// Moves a review meeting to another day, in one transaction: the new day with the invitation's SEQUENCE
/// bumped, the audit line, the deadlines recomputed from the new day, and one iCalendar update to every
/// active contributor (``NoticePolicy``).
public struct MoveReview: Sendable {
    let store: ReviewStore

    public init(_ store: ReviewStore) {
        self.store = store
    }

    public func callAsFunction(_ reviewID: ReviewID, to meetingOn: CivilDate, by actor: AuditActor,
                               notify: Bool = true) async throws -> Review {
        let context = store.context(actor)
        return try await store.write { db in
            let review = try ReviewStore.requireReview(db, reviewID)
            try StoreError.admitting { () throws(Refusal) in
                try MeetingAdmission.move(review, to: meetingOn, today: context.today)
            }
            try ReviewStore.moveMeeting(db, reviewID, to: meetingOn)
            try context.audit.record(db, action: "review.move", entity: "review", id: reviewID.rawValue,
                                     summary: "meeting moved from \(review.meetingOn) to \(meetingOn)")
            try ReviewStore.refreshDeadlines(db, review.planID, calculator: context.calculator, today: context.today)
            if notify {
                try context.notices.write(db, planID: review.planID,
                                          cause: .reviewMoved(reviewID, meetingOn: meetingOn, sequence: review.sequence + 1))
            }
            return try ReviewStore.requireReview(db, reviewID)
        }
    }
}
