import GRDB
public import ReviewCore

extension ReviewStore {
    /// Records a plan event (``RecordPlanEvent``).
    public func recordEvent(_ planID: PlanID, kind: PlanEventKind, on date: CivilDate, by actor: AuditActor,
                            notify: Bool = true) async throws -> PlanEventRecord
    {
        try await RecordPlanEvent(self)(planID, kind: kind, on: date, by: actor, notify: notify)
    }

    /// The plan's events, in the order they happened.
    public func events(plan planID: PlanID) async throws -> [PlanEventRecord] {
        try await read { db in
            _ = try Self.requirePlan(db, planID)
            return try Row.fetchAll(
                db, sql: "SELECT * FROM plan_events WHERE plan_id = ? ORDER BY occurred_on, id", arguments: [planID.rawValue]
            ).map { row in
                PlanEventRecord(id: row["id"], planID: planID, kind: try row.enumValue("kind"),
                                on: try row.civilDate("occurred_on"), version: row["version"],
                                recordedAt: try row.timestamp("recorded_at"))
            }
        }
    }
}
