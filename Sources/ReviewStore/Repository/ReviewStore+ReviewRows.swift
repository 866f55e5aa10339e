import Foundation
import GRDB
import ReviewCore

/// The rows of reviews, their invitees and steps: the queries the review use cases compose.
extension ReviewStore {
    /// A new review of the plan with these invitees; returns its id.
    static func insertReview(_ db: Database, _ planID: PlanID, meetingOn: CivilDate, details: MeetingDetails = .none,
                             invitees: [ProfessionalID], at now: Date) throws -> ReviewID {
        try db.cachedStatement(sql: """
            INSERT INTO reviews (plan_id, meeting_on, scheduled_at, starts_at, ends_at, location, online_url)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [planID.rawValue, meetingOn.description, Timestamp.text(now),
                                     details.startsAt?.description, details.endsAt?.description, details.location,
                                     details.onlineURL])
        let id = ReviewID(db.lastInsertedRowID)
        let invite = try db.cachedStatement(sql: "INSERT INTO review_invitees (review_id, professional_id) VALUES (?, ?)")
        for professional in invitees { try invite.execute(arguments: [id.rawValue, professional.rawValue]) }
        return id
    }

    /// The meeting moved or changed: its day, time and place, and the invitation's SEQUENCE one higher.
    static func moveMeeting(_ db: Database, _ id: ReviewID, to meetingOn: CivilDate, details: MeetingDetails) throws {
        try db.cachedStatement(sql: """
            UPDATE reviews SET meeting_on = ?, starts_at = ?, ends_at = ?, location = ?, online_url = ?,
                               sequence = sequence + 1
            WHERE id = ?
            """).execute(arguments: [meetingOn.description, details.startsAt?.description, details.endsAt?.description,
                                     details.location, details.onlineURL, id.rawValue])
    }

    /// The meeting called off on `on`, the cancellation's SEQUENCE one higher.
    static func markCancelled(_ db: Database, _ id: ReviewID, on: CivilDate) throws {
        try db.cachedStatement(sql: "UPDATE reviews SET cancelled_on = ?, sequence = sequence + 1 WHERE id = ?")
            .execute(arguments: [on.description, id.rawValue])
    }

    static func insertStep(_ db: Database, _ id: ReviewID, _ step: ReviewStepRecord, at now: Date) throws {
        try db.cachedStatement(sql: """
                INSERT INTO review_steps (review_id, step, occurred_on, professional_id, decision, views_from,
                                          pfa_considered, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [id.rawValue, step.step.rawValue, step.on.description, step.professionalID?.rawValue,
                                         step.decision?.rawValue, step.from?.rawValue, step.pfaConsidered,
                                         Timestamp.text(now)])
    }

    static func requireReview(_ db: Database, _ id: ReviewID) throws -> Review {
        try fetchReview(db, id).orThrow(.notFound(entity: "review", id: id.rawValue, field: nil))
    }
}
