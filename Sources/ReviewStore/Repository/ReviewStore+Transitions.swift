import Foundation
import GRDB
public import ReviewCore

extension ReviewStore {
    enum TransitionSQL {
        /// Open deadlines whose due date lies in a range: both transitions are found by a range of due dates
        /// on `deadlines_open`, so the work is proportional to what changes, not to the number of plans.
        static let openDueBetween = """
            SELECT plan_id, key, rule, due_on, statutory, review_id, source FROM deadlines
            WHERE done_on IS NULL AND closed_on IS NULL AND due_on >= ? AND due_on <= ?
            ORDER BY due_on, plan_id, key
            """
        static let insert = """
            INSERT INTO deadline_transitions (plan_id, key, state, occurred_on, recorded_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (plan_id, key, state) DO NOTHING
            """
        static let watermarkKey = "transitions_through"
    }

    /// Records the day's transitions (``ProcessTransitions``).
    public func processTransitions(through today: CivilDate, notify: Bool = true) async throws -> [DeadlineTransition] {
        try await ProcessTransitions(self)(through: today, notify: notify)
    }

    /// The day through which transitions have been processed, if ever.
    public func transitionsProcessedThrough() async throws -> CivilDate? {
        try await read { db in try Self.transitionWatermark(db) }
    }

    /// Transitions recorded after the one with id `after` (all, for `nil`), in the order they were recorded,
    /// with their ids: what a reader that keeps its place (a test, a report) has not seen yet.
    public func transitions(recordedAfter after: Int64?) async throws -> [(id: Int64, transition: DeadlineTransition)] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT t.id, t.plan_id, t.key, t.state, t.occurred_on, d.rule, d.due_on, d.review_id, d.source
                    FROM deadline_transitions t JOIN deadlines d ON d.plan_id = t.plan_id AND d.key = t.key
                    WHERE t.id > ? ORDER BY t.id
                    """,
                arguments: [after ?? 0]
            ).map { row in
                (id: row["id"], transition: DeadlineTransition(
                    planID: PlanID(row["plan_id"]), key: row["key"], rule: try row.enumValue("rule"),
                    state: try row.enumValue("state"), on: try row.civilDate("occurred_on"), dueOn: try row.civilDate("due_on"),
                    reviewID: (row["review_id"] as Int64?).map { ReviewID($0) }, source: row["source"]))
            }
        }
    }

    /// Every transition recorded for a plan, in the order they happened.
    public func transitions(plan planID: PlanID) async throws -> [DeadlineTransition] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT t.plan_id, t.key, t.state, t.occurred_on, d.rule, d.due_on
                    FROM deadline_transitions t JOIN deadlines d ON d.plan_id = t.plan_id AND d.key = t.key
                    WHERE t.plan_id = ? ORDER BY t.occurred_on, t.id
                    """,
                arguments: [planID.rawValue]
            ).map { row in
                DeadlineTransition(planID: planID, key: row["key"], rule: try row.enumValue("rule"),
                                   state: try row.enumValue("state"), on: try row.civilDate("occurred_on"),
                                   dueOn: try row.civilDate("due_on"))
            }
        }
    }

    /// The last day processed, if any.
    static func transitionWatermark(_ db: Database) throws -> CivilDate? {
        try String.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = ?", arguments: [TransitionSQL.watermarkKey])
            .flatMap { try? CivilDate(iso: $0) }
    }

    static func setTransitionWatermark(_ db: Database, _ day: CivilDate) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)",
                       arguments: [TransitionSQL.watermarkKey, day.description])
    }

    /// Records, for open deadlines due in `dueDates`, the transition to `state` on the day ``DeadlineClock``
    /// gives (none for a deadline it gives no day); returns those newly recorded.
    static func recordTransitions(_ db: Database, state: DeadlineState, dueDates: ClosedRange<CivilDate>,
                                  clock: DeadlineClock, recordedAt: String) throws -> [DeadlineTransition] {
        let insert = try db.cachedStatement(sql: TransitionSQL.insert)
        var recorded: [DeadlineTransition] = []
        let rows = try Row.fetchAll(db, sql: TransitionSQL.openDueBetween,
                                    arguments: [dueDates.lowerBound.description, dueDates.upperBound.description])
        for row in rows {
            let due = try row.civilDate("due_on")
            guard let on = clock.day(state, for: due, statutory: row["statutory"]) else { continue }
            let plan = PlanID(row["plan_id"])
            let key: String = row["key"]
            try insert.execute(arguments: [plan.rawValue, key, state.rawValue, on.description, recordedAt])
            if db.changesCount == 1 {
                recorded.append(DeadlineTransition(planID: plan, key: key, rule: try row.enumValue("rule"),
                                                   state: state, on: on, dueOn: due,
                                                   reviewID: (row["review_id"] as Int64?).map { ReviewID($0) },
                                                   source: row["source"]))
            }
        }
        return recorded
    }
}
