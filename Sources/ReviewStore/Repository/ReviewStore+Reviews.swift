import Foundation
import GRDB
public import ReviewCore

extension ReviewStore {
    /// Schedules a review meeting. Everyone then contributing to the plan, and active, is invited; the
    /// invitee list is kept with the review so that "advice from every invitee" means the people asked.
    public func scheduleReview(plan planID: PlanID, meetingOn: CivilDate, by actor: AuditActor, notify: Bool = true)
        async throws -> Review
    {
        let instant = clock.now()
        let now = Timestamp.text(instant)
        let audit = auditWriter(actor)
        let fullNames = noticesUseFullNames
        let calculator = calculator
        let today = today
        return try await write { db in
            let plan = try Self.requirePlan(db, planID)
            // The plan's state, not the body, is at fault: 409.
            guard let first = plan.firstIssuedOn else {
                throw StoreError.conflict(FieldError(field: "plan", reason: "plan \(plan.reference) has no final issued yet"))
            }
            if let ceased = plan.ceasedOn {
                throw StoreError.conflict(FieldError(field: "plan", reason: "plan \(plan.reference) ceased on \(ceased)"))
            }
            try StoreError.checking { () throws(FieldError) in try PlausibleDates.meeting(meetingOn, field: "meeting_on", today: today) }
            guard meetingOn >= first else {
                throw StoreError.invalid(FieldError(field: "meeting_on", reason: "\(meetingOn) is before the plan was first issued (\(first))"))
            }
            try db.cachedStatement(sql: "INSERT INTO reviews (plan_id, meeting_on, scheduled_at) VALUES (?, ?, ?)").execute(arguments: [planID.rawValue, meetingOn.description, now])
            let id = ReviewID(db.lastInsertedRowID)
            try db.cachedStatement(sql: """
                    INSERT INTO review_invitees (review_id, professional_id)
                    SELECT ?, c.professional_id FROM contributors c JOIN professionals p ON p.id = c.professional_id
                    WHERE c.plan_id = ? AND p.active = 1
                    """).execute(arguments: [id.rawValue, planID.rawValue])
            try audit.record(db, action: "review.schedule", entity: "review", id: id.rawValue,
                             summary: "review of \(plan.reference) scheduled for \(meetingOn)")
            try Self.refreshDeadlines(db, planID, calculator: calculator)
            if notify {
                try NoticeWriter(now: instant, fullNames: fullNames).write(
                    db, planID: planID, cause: .reviewScheduled(id, meetingOn: meetingOn))
            }
            return try Self.fetchReview(db, id).orThrow(.notFound(entity: "review", id: id.rawValue, field: nil))
        }
    }

    /// Moves a review meeting to another day, bumping the invitation's SEQUENCE.
    public func moveReview(_ reviewID: ReviewID, to meetingOn: CivilDate, by actor: AuditActor, notify: Bool = true)
        async throws -> Review
    {
        let instant = clock.now()
        let audit = auditWriter(actor)
        let fullNames = noticesUseFullNames
        let calculator = calculator
        let today = today
        return try await write { db in
            let review = try Self.fetchReview(db, reviewID).orThrow(.notFound(entity: "review", id: reviewID.rawValue, field: nil))
            try StoreError.checking { () throws(FieldError) in try PlausibleDates.meeting(meetingOn, field: "meeting_on", today: today) }
            guard review.facts.firstDate(of: .meetingHeld) == nil else {
                throw StoreError.invalid(FieldError(field: "meeting_on", reason: "the meeting was already held"))
            }
            if let cancelled = review.cancelledOn {
                throw StoreError.conflict(FieldError(field: "review", reason: "the meeting was cancelled on \(cancelled)"))
            }
            try db.cachedStatement(sql: "UPDATE reviews SET meeting_on = ?, sequence = sequence + 1 WHERE id = ?").execute(arguments: [meetingOn.description, reviewID.rawValue])
            try audit.record(db, action: "review.move", entity: "review", id: reviewID.rawValue,
                             summary: "meeting moved from \(review.meetingOn) to \(meetingOn)")
            try Self.refreshDeadlines(db, review.planID, calculator: calculator)
            if notify {
                try NoticeWriter(now: instant, fullNames: fullNames).write(
                    db, planID: review.planID, cause: .reviewMoved(reviewID, meetingOn: meetingOn, sequence: review.sequence + 1))
            }
            return try Self.fetchReview(db, reviewID).orThrow(.notFound(entity: "review", id: reviewID.rawValue, field: nil))
        }
    }

    /// Cancels a review meeting that has not been held: every active contributor gets the iCalendar
    /// cancellation (same UID, SEQUENCE bumped), and the review stops counting for the deadlines.
    ///
    /// `on` is the day the meeting was called off, today when `nil`: a cancellation recorded late keeps
    /// its real date. It may not be in the future, nor before the day the meeting was scheduled here (the
    /// local date of `scheduled_at`): a meeting cannot be called off before it was booked. Either
    /// mistake is refused under the field `on`.
    public func cancelReview(_ reviewID: ReviewID, on: CivilDate? = nil, by actor: AuditActor, notify: Bool = true)
        async throws -> Review
    {
        let instant = clock.now()
        let today = today
        let calendar = calendar
        let audit = auditWriter(actor)
        let fullNames = noticesUseFullNames
        let calculator = calculator
        return try await write { db in
            let review = try Self.fetchReview(db, reviewID).orThrow(.notFound(entity: "review", id: reviewID.rawValue, field: nil))
            if let cancelled = review.cancelledOn {
                throw StoreError.conflict(FieldError(field: "review", reason: "the meeting was already cancelled on \(cancelled)"))
            }
            if review.facts.firstDate(of: .meetingHeld) != nil {
                throw StoreError.conflict(FieldError(field: "review", reason: "the meeting was held; it cannot be cancelled"))
            }
            let cancelledOn = on ?? today
            try StoreError.checking { () throws(FieldError) in try PlausibleDates.happened(cancelledOn, field: "on", today: today) }
            let scheduledOn = calendar.civilDate(of: try Self.scheduledAt(db, reviewID))
            guard cancelledOn >= scheduledOn else {
                throw StoreError.invalid(FieldError(
                    field: "on", reason: "\(cancelledOn) is before the meeting was scheduled (\(scheduledOn))"))
            }
            try db.cachedStatement(sql: "UPDATE reviews SET cancelled_on = ?, sequence = sequence + 1 WHERE id = ?").execute(arguments: [cancelledOn.description, reviewID.rawValue])
            try audit.record(db, action: "review.cancel", entity: "review", id: reviewID.rawValue,
                             summary: "meeting of \(review.meetingOn) cancelled on \(cancelledOn)")
            try Self.refreshDeadlines(db, review.planID, calculator: calculator)
            if notify {
                try NoticeWriter(now: instant, fullNames: fullNames).write(
                    db, planID: review.planID,
                    cause: .reviewCancelled(reviewID, meetingOn: review.meetingOn, sequence: review.sequence + 1))
            }
            return try Self.fetchReview(db, reviewID).orThrow(.notFound(entity: "review", id: reviewID.rawValue, field: nil))
        }
    }

    /// Records a step of a review. `decision` is required with, and only with, `decision_issued`;
    /// `professional_id` only with `advice_received` or `views_received`. A step other than advice or
    /// views from a named professional can be recorded once.
    /// The report's circulation and the decision are sent to every active contributor.
    public func recordStep(_ reviewID: ReviewID, _ step: ReviewStepRecord, by actor: AuditActor, notify: Bool = true)
        async throws -> Review
    {
        let instant = clock.now()
        let now = Timestamp.text(instant)
        let today = today
        let audit = auditWriter(actor)
        let fullNames = noticesUseFullNames
        let calculator = calculator
        return try await write { db in
            let review = try Self.fetchReview(db, reviewID).orThrow(.notFound(entity: "review", id: reviewID.rawValue, field: nil))
            try Self.check(step, against: review, today: today)
            if let professionalID = step.professionalID, try Self.fetchProfessional(db, professionalID) == nil {
                throw StoreError.notFound(entity: "professional", id: professionalID.rawValue, field: "professional_id")
            }
            try db.cachedStatement(sql: """
                    INSERT INTO review_steps (review_id, step, occurred_on, professional_id, decision, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [reviewID.rawValue, step.step.rawValue, step.on.description, step.professionalID?.rawValue,
                            step.decision?.rawValue, now])
            try audit.record(db, action: "review.step", entity: "review", id: reviewID.rawValue,
                             summary: "\(step.step.rawValue) on \(step.on)"
                                + (step.professionalID.map { " by professional \($0)" } ?? "")
                                + (step.decision.map { " (\($0.rawValue))" } ?? ""))
            try Self.refreshDeadlines(db, review.planID, calculator: calculator)
            if notify {
                try NoticeWriter(now: instant, fullNames: fullNames).write(db, planID: review.planID,
                                                                           cause: .reviewStep(step, review: review))
            }
            return try Self.fetchReview(db, reviewID).orThrow(.notFound(entity: "review", id: reviewID.rawValue, field: nil))
        }
    }

    static func check(_ step: ReviewStepRecord, against review: Review, today: CivilDate) throws {
        if let cancelled = review.cancelledOn {
            throw StoreError.conflict(FieldError(field: "review", reason: "the meeting was cancelled on \(cancelled)"))
        }
        try StoreError.checking { () throws(FieldError) in try PlausibleDates.happened(step.on, field: "on", today: today) }
        if step.step == .decisionIssued, step.decision == nil {
            throw StoreError.invalid(FieldError(field: "decision", reason: "is required with decision_issued"))
        }
        if step.step != .decisionIssued, step.decision != nil {
            throw StoreError.invalid(FieldError(field: "decision", reason: "is allowed only with decision_issued"))
        }
        if step.professionalID != nil, step.step != .adviceReceived, step.step != .viewsReceived {
            throw StoreError.invalid(FieldError(field: "professional_id",
                                                reason: "is allowed only with advice_received or views_received"))
        }
        if let earlier = review.steps.first(where: { $0.step == step.step && $0.professionalID == step.professionalID }) {
            throw StoreError.conflict(FieldError(field: "step", reason: "\(step.step.rawValue) was already recorded on \(earlier.on)"))
        }
        if step.step == .reportSent || step.step == .decisionIssued,
           let held = review.facts.firstDate(of: .meetingHeld), step.on < held
        {
            throw StoreError.invalid(FieldError(field: "on", reason: "\(step.on) is before the meeting was held (\(held))"))
        }
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
                             decision: try step.optionalEnumValue("decision"))
        }
        return Review(id: id, planID: PlanID(row["plan_id"]), meetingOn: try row.civilDate("meeting_on"),
                      sequence: row["sequence"], invitees: invitees, steps: steps,
                      cancelledOn: try row.optionalCivilDate("cancelled_on"), imported: row["imported"])
    }
}
