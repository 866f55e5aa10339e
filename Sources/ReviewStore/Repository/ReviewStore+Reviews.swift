import Foundation
import GRDB
public import ReviewCore

extension ReviewStore {
    /// Books a review meeting (``ScheduleReview``).
    public func scheduleReview(plan planID: PlanID, meetingOn: CivilDate, by actor: AuditActor, notify: Bool = true)
        async throws -> Review
    {
        try await ScheduleReview(self)(plan: planID, meetingOn: meetingOn, by: actor, notify: notify)
    }

    /// Moves a review meeting to another day (``MoveReview``).
    public func moveReview(_ reviewID: ReviewID, to meetingOn: CivilDate, by actor: AuditActor, notify: Bool = true)
        async throws -> Review
    {
        try await MoveReview(self)(reviewID, to: meetingOn, by: actor, notify: notify)
    }

    /// Calls off a review meeting (``CancelReview``).
    public func cancelReview(_ reviewID: ReviewID, on: CivilDate? = nil, by actor: AuditActor, notify: Bool = true)
        async throws -> Review
    {
        try await CancelReview(self)(reviewID, on: on, by: actor, notify: notify)
    }

    /// Records a step of a review (``RecordReviewStep``).
    public func recordStep(_ reviewID: ReviewID, _ step: ReviewStepRecord, by actor: AuditActor, notify: Bool = true)
        async throws -> Review
    {
        try await RecordReviewStep(self)(reviewID, step, by: actor, notify: notify)
    }

    public func review(_ id: ReviewID) async throws -> Review? {
        try await read { db in try Self.fetchReview(db, id) }
    }

    /// The plan's reviews by meeting date.
    public func reviews(plan planID: PlanID) async throws -> [Review] {
        try await read { db in
            _ = try Self.requirePlan(db, planID)
            return try Self.fetchReviews(db, planID)
        }
    }

    /// When the review was scheduled (recorded here).
    static func scheduledAt(_ db: Database, _ id: ReviewID) throws -> Date {
        let text = try String.fetchOne(try db.cachedStatement(sql: "SELECT scheduled_at FROM reviews WHERE id = ?"), arguments: [id.rawValue])
        return try Timestamp.date(try text.orThrow(.notFound(entity: "review", id: id.rawValue, field: nil)))
    }

    static func fetchReviews(_ db: Database, _ planID: PlanID) throws -> [Review] {
        try Int64.fetchAll(try db.cachedStatement(sql: "SELECT id FROM reviews WHERE plan_id = ? ORDER BY meeting_on, id"),
                           arguments: [planID.rawValue])
            .compactMap { try fetchReview(db, ReviewID($0)) }
    }

    static func fetchReview(_ db: Database, _ id: ReviewID) throws -> Review? {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM reviews WHERE id = ?"), arguments: [id.rawValue])
        else { return nil }
        let invitees = try Row.fetchAll(try db.cachedStatement(sql: """
                SELECT p.id, p.role FROM review_invitees i JOIN professionals p ON p.id = i.professional_id
                WHERE i.review_id = ? ORDER BY p.id
                """),
            arguments: [id.rawValue]
        ).map { Invitee(professionalID: ProfessionalID($0["id"]), role: try $0.enumValue("role")) }
        let steps = try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM review_steps WHERE review_id = ? ORDER BY occurred_on, id"), arguments: [id.rawValue]
        ).map { step in
            ReviewStepRecord(step: try step.enumValue("step"), on: try step.civilDate("occurred_on"),
                             professionalID: (step["professional_id"] as Int64?).map { ProfessionalID($0) },
                             decision: try step.optionalEnumValue("decision"), from: try step.optionalEnumValue("views_from"),
                             pfaConsidered: step["pfa_considered"])
        }
        return Review(id: id, planID: PlanID(row["plan_id"]), meetingOn: try row.civilDate("meeting_on"),
                      sequence: row["sequence"], invitees: invitees, steps: steps,
                      cancelledOn: try row.optionalCivilDate("cancelled_on"), imported: row["imported"],
                      details: try meetingDetails(row))
    }

    /// The stored time and place; rows written before v12, or all-day meetings, have none.
    static func meetingDetails(_ row: Row) throws -> MeetingDetails {
        let starts: String? = row["starts_at"]
        let ends: String? = row["ends_at"]
        return (try? MeetingDetails(startsAt: starts, endsAt: ends, location: row["location"], onlineURL: row["online_url"]))
            ?? .none
    }
}
