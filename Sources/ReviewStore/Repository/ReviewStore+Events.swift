import GRDB
public import ReviewCore

extension ReviewStore {
    /// Records a plan event. Drafts, finals, amendment proposals and amended finals each create the next
    /// plan version. Refused: a date in the future, a second `final_issued` (later ones are amended
    /// finals), anything after the plan ceased.
    /// Every active contributor is sent the new version (or told that the plan ceased), in the same
    /// transaction; `notify: false` records history without telling anyone (imports, the demo's seed).
    public func recordEvent(_ planID: PlanID, kind: PlanEventKind, on date: CivilDate, by actor: AuditActor,
                            notify: Bool = true) async throws -> PlanEventRecord
    {
        let now = clock.now()
        let today = today
        let audit = auditWriter(actor)
        let fullNames = noticesUseFullNames
        let calculator = calculator
        return try await write { db in
            let plan = try Self.requirePlan(db, planID)
            try StoreError.checking { () throws(FieldError) in try PlausibleDates.happened(date, field: "on", today: today) }
            if let ceased = plan.ceasedOn {
                throw StoreError.invalid(FieldError(field: "kind", reason: "the plan ceased on \(ceased)"))
            }
            if kind == .finalIssued, let first = plan.firstIssuedOn {
                throw StoreError.invalid(FieldError(
                    field: "kind", reason: "the plan was first issued on \(first); record an amended_final_issued"))
            }
            let version: Int? = kind.issuesVersion
                ? (try Int.fetchOne(db, sql: "SELECT MAX(version) FROM plan_events WHERE plan_id = ?",
                                    arguments: [planID.rawValue]) ?? 0) + 1
                : nil
            try db.execute(
                sql: "INSERT INTO plan_events (plan_id, kind, occurred_on, version, recorded_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [planID.rawValue, kind.rawValue, date.description, version, Timestamp.text(now)])
            let id = db.lastInsertedRowID
            try audit.record(db, action: "plan.event", entity: "plan", id: planID.rawValue,
                             summary: "\(kind.rawValue) on \(date) for \(plan.reference)"
                                + (version.map { " (version \($0))" } ?? ""))
            try Self.refreshDeadlines(db, planID, calculator: calculator)
            if notify {
                try NoticeWriter(now: now, fullNames: fullNames).write(db, planID: planID,
                                                                       cause: .planEvent(kind, on: date, version: version))
            }
            return PlanEventRecord(id: id, planID: planID, kind: kind, on: date, version: version, recordedAt: now)
        }
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
