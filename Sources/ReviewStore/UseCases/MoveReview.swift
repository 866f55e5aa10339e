import GRDB
public import ReviewCore

/// Moves a review meeting to another day, or changes its time or place (``MeetingPatch``), in one
/// transaction: the new day and details with the invitation's SEQUENCE bumped, the audit line saying what
/// changed, the deadlines recomputed from the new day, and one iCalendar update to every active
/// contributor (``NoticePolicy``), which says what the meeting was. A change that changes nothing writes
/// nothing and sends nothing.
public struct MoveReview: Sendable {
    let store: ReviewStore

    public init(_ store: ReviewStore) {
        self.store = store
    }

    public func callAsFunction(_ reviewID: ReviewID, to meetingOn: CivilDate, by actor: AuditActor,
                               notify: Bool = true) async throws -> Review {
        try await callAsFunction(reviewID, MeetingPatch(meetingOn: meetingOn), by: actor, notify: notify)
    }

    public func callAsFunction(_ reviewID: ReviewID, _ patch: MeetingPatch, by actor: AuditActor,
                               notify: Bool = true) async throws -> Review {
        let context = store.context(actor)
        return try await store.write { db in
            let review = try ReviewStore.requireReview(db, reviewID)
            let (meetingOn, details) = try StoreError.admitting { () throws(Refusal) -> (CivilDate, MeetingDetails) in
                let target: (meetingOn: CivilDate, details: MeetingDetails)
                do throws(FieldError) { target = try patch.applied(to: review) } catch { throw .invalid(error) }
                try MeetingAdmission.move(review, to: target.meetingOn, today: context.today)
                return target
            }
            guard meetingOn != review.meetingOn || details != review.details else { return review }
            try ReviewStore.moveMeeting(db, reviewID, to: meetingOn, details: details)
            try context.audit.record(db, action: "review.move", entity: "review", id: reviewID.rawValue,
                                     summary: Self.summary(from: (review.meetingOn, review.details), to: (meetingOn, details)))
            try ReviewStore.refreshDeadlines(db, review.planID, calculator: context.calculator, today: context.today)
            if notify {
                let was = NoticeContent.Meeting.Was(on: review.meetingOn, details: review.details)
                try context.notices.write(db, planID: review.planID,
                                          cause: .reviewMoved(reviewID, meetingOn: meetingOn, sequence: review.sequence + 1,
                                                              details: details, was: was))
            }
            return try ReviewStore.requireReview(db, reviewID)
        }
    }

    /// "meeting moved from 2026-12-10 to 2026-12-14; time 10:00 to 14:00" — no place or link (they may
    /// name a family's home), only that they changed.
    static func summary(from old: (CivilDate, MeetingDetails), to new: (CivilDate, MeetingDetails)) -> String {
        var parts: [String] = []
        if old.0 != new.0 { parts.append("meeting moved from \(old.0) to \(new.0)") }
        let oldTime = old.1.startsAt.map { "\($0)" } ?? "all day"
        let newTime = new.1.startsAt.map { "\($0)" } ?? "all day"
        if old.1.startsAt != new.1.startsAt || old.1.endsAt != new.1.endsAt {
            parts.append("time \(oldTime)\(old.1.endsAt.map { "–\($0)" } ?? "") to \(newTime)\(new.1.endsAt.map { "–\($0)" } ?? "")")
        }
        if old.1.location != new.1.location { parts.append("place changed") }
        if old.1.onlineURL != new.1.onlineURL { parts.append("online link changed") }
        return parts.isEmpty ? "meeting unchanged" : parts.joined(separator: "; ")
    }
}
