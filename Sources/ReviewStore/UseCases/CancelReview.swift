import GRDB
public import ReviewCore

/// Calls off a review meeting that has not been held, in one transaction: the day it was called off
/// (today by default, or the real day when recorded after the fact), the audit line, the deadlines
/// recomputed without it (what was owed before it and missed lapses that day), and the iCalendar cancellation (same UID, next SEQUENCE) to every active
/// contributor (``NoticePolicy``).
public struct CancelReview: Sendable {
    let store: ReviewStore

    public init(_ store: ReviewStore) {
        self.store = store
    }

    public func callAsFunction(_ reviewID: ReviewID, on: CivilDate? = nil, by actor: AuditActor,
                               notify: Bool = true) async throws -> Review {
        let context = store.context(actor)
        return try await store.write { db in
            let review = try ReviewStore.requireReview(db, reviewID)
            let cancelledOn = on ?? context.today
            let scheduledOn = context.calendar.civilDate(of: try ReviewStore.scheduledAt(db, reviewID))
            try StoreError.admitting { () throws(Refusal) in
                try MeetingAdmission.cancel(review, on: cancelledOn, scheduledOn: scheduledOn, today: context.today)
            }
            try ReviewStore.markCancelled(db, reviewID, on: cancelledOn)
            try context.audit.record(db, action: "review.cancel", entity: "review", id: reviewID.rawValue,
                                     summary: "meeting of \(review.meetingOn) cancelled on \(cancelledOn)")
            try ReviewStore.refreshDeadlines(db, review.planID, calculator: context.calculator, today: context.today)
            if notify {
                try context.notices.write(db, planID: review.planID,
                                          cause: .reviewCancelled(reviewID, meetingOn: review.meetingOn,
                                                                  sequence: review.sequence + 1))
            }
            return try ReviewStore.requireReview(db, reviewID)
        }
    }
}
