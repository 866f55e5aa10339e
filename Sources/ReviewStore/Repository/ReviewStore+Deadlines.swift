import GRDB
public import ReviewCore

/// A deadline with the plan it belongs to, as the cross-plan lists show it: the plan's reference, the
/// child's initials and the plan's caseworker (``CaseworkerSQL``), so that a caseworker can read the list
/// without looking each plan up.
public struct PlanDeadline: Sendable, Hashable, Codable {
    public var planID: PlanID
    public var reference: String
    public var deadline: Deadline
    /// The child's initials ("A. B."): the least that tells two plans apart at a glance.
    public var childInitials: String?
    public var caseworker: String?

    public init(planID: PlanID, reference: String, deadline: Deadline, childInitials: String? = nil,
                caseworker: String? = nil) {
        self.planID = planID
        self.reference = reference
        self.deadline = deadline
        self.childInitials = childInitials
        self.caseworker = caseworker
    }
}

extension ReviewStore {
    /// Statements the tests check with `EXPLAIN QUERY PLAN`: all use `deadlines_open`, which gives the due
    /// order; only deadlines sharing a due date are sorted among themselves (SQLite's "right part" sort,
    /// which stops at the LIMIT).
    enum DeadlineSQL {
        /// What a late row shows besides the deadline: the plan's reference, the child's names (for the
        /// initials) and the caseworker.
        private static let lateColumns = """
            d.*, p.reference, c.given_name, c.family_name, \(CaseworkerSQL.of(plan: "d.plan_id", "name")) AS caseworker
            FROM deadlines d JOIN plans p ON p.id = d.plan_id JOIN children c ON c.id = p.child_id
            """
        static let late = late(caseworkerFilter: false)
        /// With `caseworkerFilter`, `?5` is a JSON array of professional ids: only their plans.
        static func late(caseworkerFilter: Bool) -> String {
            """
            SELECT \(lateColumns)
            WHERE d.done_on IS NULL AND d.closed_on IS NULL AND d.due_on <= ?1 AND d.statutory = 1
              AND (d.lapses_on IS NULL OR d.lapses_on > ?4) \(caseworkerFilter ? CaseworkerSQL.filter(parameter: "?5") : "")
            ORDER BY d.due_on, d.plan_id, d.key LIMIT ?2 OFFSET ?3
            """
        }
        /// The page after a cursor: the index range starts at the cursor's due date (`due_on >= ?4`), so
        /// each page costs what it returns. With `caseworkerFilter`, `?7` is the JSON array of ids.
        static let lateAfter = lateAfter(caseworkerFilter: false)
        static func lateAfter(caseworkerFilter: Bool) -> String {
            """
            SELECT \(lateColumns)
            WHERE d.done_on IS NULL AND d.closed_on IS NULL AND d.due_on <= ?1 AND d.statutory = 1
              AND (d.lapses_on IS NULL OR d.lapses_on > ?3)
              AND d.due_on >= ?4
              AND (d.due_on > ?4 OR d.plan_id > ?5 OR (d.plan_id = ?5 AND d.key > ?6))
              \(caseworkerFilter ? CaseworkerSQL.filter(parameter: "?7") : "")
            ORDER BY d.due_on, d.plan_id, d.key LIMIT ?2
            """
        }
        static let lateCount = lateCount(caseworkerFilter: false)
        /// With `caseworkerFilter`, `?3` is the JSON array of ids.
        static func lateCount(caseworkerFilter: Bool) -> String {
            """
            SELECT COUNT(*) FROM deadlines d
            WHERE d.done_on IS NULL AND d.closed_on IS NULL AND d.due_on <= ?1 AND d.statutory = 1
              AND (d.lapses_on IS NULL OR d.lapses_on > ?2) \(caseworkerFilter ? CaseworkerSQL.filter(parameter: "?3") : "")
            """
        }
        static let nextLapseAfter = """
            SELECT MIN(lapses_on) FROM deadlines
            WHERE done_on IS NULL AND closed_on IS NULL AND lapses_on IS NOT NULL AND lapses_on > ?
            """
        /// The daily pass: what lapses by a day is closed on its day (out of the open-deadline index).
        static let closeLapsed = """
            UPDATE deadlines SET closed_on = lapses_on, lapses_on = NULL
            WHERE done_on IS NULL AND closed_on IS NULL AND lapses_on IS NOT NULL AND lapses_on <= ?
            """
        static let nextOpenDueOnOrAfter = """
            SELECT MIN(due_on) FROM deadlines WHERE done_on IS NULL AND closed_on IS NULL AND due_on >= ?
            """
    }

    /// Every deadline of the plan judged on `asOf`, computed from the facts known on that day.
    public func deadlines(plan planID: PlanID, asOf: CivilDate) async throws -> [Deadline] {
        let calculator = calculator
        let facts = try await read { db in try Self.loadFacts(db, planID) }
        return calculator.deadlines(for: facts, asOf: asOf)
    }

    /// The facts of a plan as the rules read them.
    public func facts(plan planID: PlanID) async throws -> PlanFacts {
        try await read { db in try Self.loadFacts(db, planID) }
    }

    /// Statutory deadlines late on `asOf` across all plans, most late first, a page at a time; with
    /// `caseworkers`, only those of plans whose caseworker is one of them.
    public func lateDeadlines(asOf: CivilDate, limit: Int = 100, offset: Int = 0, caseworkers: [ProfessionalID]? = nil)
        async throws -> [PlanDeadline]
    {
        let calculator = calculator
        return try await read { db in
            let dueThrough = DeadlineClock(settings: calculator.settings).latestDueDateLate(on: asOf)
            var arguments: StatementArguments = [dueThrough.description, limit, offset, asOf.description]
            if let caseworkers { arguments += [Self.idArray(caseworkers)] }
            return try Row.fetchAll(db, sql: DeadlineSQL.late(caseworkerFilter: caseworkers != nil), arguments: arguments)
                .map { row in try Self.lateRow(row, calculator: calculator, asOf: asOf) }
        }
    }

    /// The page of statutory deadlines late on `asOf` that comes after `cursor`, most late first.
    public func lateDeadlines(asOf: CivilDate, after cursor: LateCursor, limit: Int = 100,
                              caseworkers: [ProfessionalID]? = nil) async throws -> [PlanDeadline] {
        let calculator = calculator
        let dueThrough = DeadlineClock(settings: calculator.settings).latestDueDateLate(on: asOf)
        return try await read { db in
            var arguments: StatementArguments = [
                dueThrough.description, limit, asOf.description, cursor.dueOn.description, cursor.planID.rawValue, cursor.key,
            ]
            if let caseworkers { arguments += [Self.idArray(caseworkers)] }
            return try Row.fetchAll(db, sql: DeadlineSQL.lateAfter(caseworkerFilter: caseworkers != nil), arguments: arguments)
                .map { row in try Self.lateRow(row, calculator: calculator, asOf: asOf) }
        }
    }

    /// How many statutory deadlines are late on `asOf` (of the plans of `caseworkers`, if given).
    public func lateDeadlineCount(asOf: CivilDate, caseworkers: [ProfessionalID]? = nil) async throws -> Int {
        let dueThrough = DeadlineClock(settings: calculator.settings).latestDueDateLate(on: asOf)
        return try await read { db in
            var arguments: StatementArguments = [dueThrough.description, asOf.description]
            if let caseworkers { arguments += [Self.idArray(caseworkers)] }
            return try Int.fetchOne(db, sql: DeadlineSQL.lateCount(caseworkerFilter: caseworkers != nil),
                                    arguments: arguments) ?? 0
        }
    }

    /// The SEN caseworkers known by `name` (ignoring case) or, for a number, by that id: the
    /// `caseworker` filter of the late list. Empty when there is none.
    public func caseworkers(matching text: String) async throws -> [ProfessionalID] {
        try await read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM professionals
                WHERE role = 'sen_caseworker' AND (name = ?1 COLLATE NOCASE OR CAST(id AS TEXT) = ?1) ORDER BY id
                """, arguments: [text]).map { ProfessionalID($0) }
        }
    }

    /// A late-list row: the deadline judged on `asOf`, with its plan's reference, the child's initials and
    /// the caseworker.
    static func lateRow(_ row: Row, calculator: DeadlineCalculator, asOf: CivilDate) throws -> PlanDeadline {
        PlanDeadline(planID: PlanID(row["plan_id"]), reference: row["reference"],
                     deadline: calculator.judge(try Self.planned(from: row), asOf: asOf),
                     childInitials: ChildNaming.label(givenName: row["given_name"], familyName: row["family_name"],
                                                      fullNames: false),
                     caseworker: row["caseworker"])
    }

    /// Ids as a JSON array, for `json_each`.
    static func idArray(_ ids: [ProfessionalID]) -> String {
        "[" + ids.map { String($0.rawValue) }.joined(separator: ",") + "]"
    }

    /// The first day after `date` on which some open deadline changes state: it turns `due_soon`
    /// (``RuleSettings/dueSoonDays`` before its date) or `late` (the day after its date). The daemon arms
    /// its timer for the local midnight that starts that day. Two index look-ups, whatever the size.
    public func nextStateChange(after date: CivilDate) async throws -> CivilDate? {
        let clock = DeadlineClock(settings: calculator.settings)
        let search = clock.nextChangeSearch(after: date)
        return try await read { db in
            func earliestDue(from bound: CivilDate) throws -> CivilDate? {
                try String.fetchOne(db, sql: DeadlineSQL.nextOpenDueOnOrAfter, arguments: [bound.description])
                    .flatMap { try? CivilDate(iso: $0) }
            }
            let nextLapse = try String.fetchOne(db, sql: DeadlineSQL.nextLapseAfter, arguments: [date.description])
                .flatMap { try? CivilDate(iso: $0) }
            return clock.firstChange(nextDueForLate: try earliestDue(from: search.lateFrom),
                                     nextDueForDueSoon: try earliestDue(from: search.dueSoonFrom), nextLapse: nextLapse)
        }
    }

    static func planned(from row: Row) throws -> DeadlineCalculator.Planned {
        DeadlineCalculator.Planned(
            draft: DeadlineDraft(rule: try row.enumValue("rule"), key: row["key"],
                                 reviewID: (row["review_id"] as Int64?).map { ReviewID($0) },
                                 dueOn: try row.civilDate("due_on"), doneOn: try row.optionalCivilDate("done_on")),
            statutory: row["statutory"], source: row["source"], closedOn: try row.optionalCivilDate("closed_on"))
    }

    static func loadFacts(_ db: Database, _ planID: PlanID) throws -> PlanFacts {
        let plan = try requirePlan(db, planID)
        let child = try fetchChild(db, plan.childID).orThrow(.notFound(entity: "child", id: plan.childID.rawValue, field: nil))
        let events = try Row.fetchAll(try db.cachedStatement(sql: "SELECT kind, occurred_on FROM plan_events WHERE plan_id = ? ORDER BY occurred_on, id"),
                                      arguments: [planID.rawValue])
            .map { PlanEvent(kind: try $0.enumValue("kind"), on: try $0.civilDate("occurred_on")) }
        return PlanFacts(child: child.facts, events: events, reviews: try fetchReviews(db, planID).map(\.facts),
                         nextTransfer: plan.nextTransfer)
    }

    /// Recomputes and stores every deadline of the plan, and the plan's cached first-issue and cease dates.
    ///
    /// It records no transitions: those are what the clock does to deadlines while the daemon watches
    /// (``processTransitions(through:)``). A deadline entered already late — a meeting booked less than two
    /// weeks ahead, a review typed in after the fact — is late in every list at once, but it did not *turn*
    /// late on a day anyone could have been told, and history entered in order would otherwise leave false
    /// "went late" records for steps that were in fact done on time.
    ///
    /// A deadline that has lapsed by `today` is stored closed (`closed_on`); one that will lapse on a day to
    /// come (a phase transfer's move) keeps that day in `lapses_on`, and ``ProcessTransitions`` closes it then.
    static func refreshDeadlines(_ db: Database, _ planID: PlanID, calculator: DeadlineCalculator,
                                 today: CivilDate) throws {
        let facts = try loadFacts(db, planID)
        try db.cachedStatement(sql: "UPDATE plans SET first_issued_on = ?, ceased_on = ? WHERE id = ?").execute(arguments: [facts.firstIssuedOn?.description, facts.ceasedOn?.description, planID.rawValue])
        try db.cachedStatement(sql: "DELETE FROM deadlines WHERE plan_id = ?").execute(arguments: [planID.rawValue])
        let insert = try db.cachedStatement(sql: """
            INSERT INTO deadlines (plan_id, key, rule, review_id, due_on, done_on, closed_on, lapses_on, statutory, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for planned in calculator.planned(for: facts) {
            let draft = planned.draft
            let closed = planned.closedOn.flatMap { $0 <= today ? $0 : nil }
            let lapses = planned.closedOn.flatMap { $0 > today ? $0 : nil }
            try insert.execute(arguments: [
                planID.rawValue, draft.key, draft.rule.rawValue, draft.reviewID?.rawValue, draft.dueOn.description,
                draft.doneOn?.description, closed?.description, lapses?.description, planned.statutory, planned.source,
            ])
        }
    }
}

extension ReviewStore {
    /// Records that a deadline reached `state` on `localDate`, once: returns `false` if that transition was
    /// already recorded (by an earlier wake-up, a restart or a clock jump).
    public func recordTransition(plan planID: PlanID, key: String, to state: DeadlineState, on localDate: CivilDate)
        async throws -> Bool
    {
        let now = Timestamp.text(clock.now())
        return try await write { db in
            try db.execute(sql: TransitionSQL.insert,
                           arguments: [planID.rawValue, key, state.rawValue, localDate.description, now])
            return db.changesCount == 1
        }
    }
}
