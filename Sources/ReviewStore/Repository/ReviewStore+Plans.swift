import GRDB
public import ReviewCore

extension ReviewStore {
    /// Adds a plan for an existing child. The plan has no deadlines until its final is issued
    /// (``recordEvent(_:kind:on:by:)``), except for the phase transfers that need a first issue too.
    public func addPlan(_ new: NewPlan, by actor: AuditActor) async throws -> Plan {
        let now = Timestamp.text(clock.now())
        let audit = auditWriter(actor)
        let calculator = calculator
        let today = today
        return try await write { db in
            guard try Self.fetchChild(db, new.childID) != nil else {
                throw StoreError.notFound(entity: "child", id: new.childID.rawValue, field: "child_id")
            }
            try db.cachedStatement(sql: """
                    INSERT INTO plans (child_id, reference, next_transfer_kind, next_transfer_on, created_at)
                    VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [new.childID.rawValue, new.reference, new.nextTransfer?.kind.rawValue,
                            new.nextTransfer?.on.description, now])
            let id = PlanID(db.lastInsertedRowID)
            try audit.record(db, action: "plan.add", entity: "plan", id: id.rawValue,
                             summary: "added plan \(new.reference) for child \(new.childID)")
            try Self.refreshDeadlines(db, id, calculator: calculator, today: today)
            return try Self.fetchPlan(db, id).orThrow(.notFound(entity: "plan", id: id.rawValue, field: nil))
        }
    }

    public func plan(_ id: PlanID) async throws -> Plan? {
        try await read { db in try Self.fetchPlan(db, id) }
    }

    /// The plan with this reference, or `nil`.
    public func plan(reference: String) async throws -> Plan? {
        try await read { db in
            try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM plans WHERE reference = ?"), arguments: [reference])
                .map(Self.plan(from:))
        }
    }

    /// How many plans the database holds.
    public func planCount() async throws -> Int {
        try await read { db in try Int.fetchOne(try db.cachedStatement(sql: "SELECT COUNT(*) FROM plans")) ?? 0 }
    }

    /// Plans by id, a page at a time.
    public func plans(after: PlanID? = nil, limit: Int = 100) async throws -> [Plan] {
        try await read { db in
            try Row.fetchAll(try db.cachedStatement(sql: "SELECT * FROM plans WHERE id > ? ORDER BY id LIMIT ?"),
                             arguments: [after?.rawValue ?? 0, limit])
                .map(Self.plan(from:))
        }
    }

    static func fetchPlan(_ db: Database, _ id: PlanID) throws -> Plan? {
        try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM plans WHERE id = ?"), arguments: [id.rawValue]).map(plan(from:))
    }

    static func plan(from row: Row) throws -> Plan {
        let transfer: PhaseTransfer?
        if let kind: PhaseTransferKind = try row.optionalEnumValue("next_transfer_kind"),
           let on = try row.optionalCivilDate("next_transfer_on")
        {
            transfer = PhaseTransfer(kind: kind, on: on)
        } else {
            transfer = nil
        }
        return Plan(id: PlanID(row["id"]), childID: ChildID(row["child_id"]), reference: row["reference"],
                    nextTransfer: transfer, firstIssuedOn: try row.optionalCivilDate("first_issued_on"),
                    ceasedOn: try row.optionalCivilDate("ceased_on"))
    }

    static func requirePlan(_ db: Database, _ id: PlanID, field: String? = nil) throws -> Plan {
        try fetchPlan(db, id).orThrow(.notFound(entity: "plan", id: id.rawValue, field: field))
    }
}
