import GRDB
public import ReviewCore

extension ReviewStore {
    /// Every statutory deadline late on `asOf` — the list `lateDeadlines(asOf:)` pages through, in the same
    /// order (most late first) — as export records, a page of `pageSize` at a time from one snapshot.
    ///
    /// The snapshot is taken now, so a failure to open it is thrown here, before anything is written.
    public func lateDeadlineExport(asOf: CivilDate, pageSize: Int = 1000) async throws
        -> some AsyncSequence<[LateDeadlineRecord], any Error> & Sendable
    {
        let fullNames = noticesUseFullNames
        let dueThrough = DeadlineClock(settings: calculator.settings).latestDueDateLate(on: asOf)
        let snapshot = try openSnapshot()
        return SnapshotPages<LateDeadlineRecord, LateExportPosition>(
            snapshot: snapshot, start: .beforeFirst
        ) { db, after in
            var next = after
            let rows = try Row.fetchAll(db, sql: LateExportSQL.page, arguments: [
                "dueThrough": dueThrough.description, "asOf": asOf.description, "due": after.dueOn, "plan": after.planID, "key": after.key, "limit": pageSize,
            ]).map { row in
                next = LateExportPosition(dueOn: row["due_on"], planID: row["plan_id"], key: row["key"])
                let due = try row.civilDate("due_on")
                return LateDeadlineRecord(
                    reference: row["reference"],
                    child: ChildNaming.label(givenName: row["given_name"], familyName: row["family_name"],
                                             fullNames: fullNames),
                    rule: try row.enumValue("rule"), dueOn: due,
                    daysLate: DeadlineState.daysLate(due: due, done: nil, asOf: asOf, statutory: true),
                    caseworker: row["caseworker"], source: row["source"])
            }
            return (rows, next)
        }
    }

    /// A snapshot of the database as it is now, for a long read.
    func openSnapshot() throws -> DatabaseSnapshot {
        do {
            return try pool.makeSnapshot()
        } catch {
            throw ConstraintMapping.storeError(from: error)
        }
    }
}

/// Where a page of late deadlines ends: the list's sort key (due date, plan, deadline key).
struct LateExportPosition: Sendable {
    var dueOn: String
    var planID: Int64
    var key: String

    static let beforeFirst = LateExportPosition(dueOn: "", planID: 0, key: "")
}

/// The late export's one statement. It starts from `deadlines_open` at the page's first due date (the
/// explicit `d.due_on >= :due` gives the index its range) and sorts as `GET /v1/deadlines?state=late` does.
enum LateExportSQL {
    static let page = """
        SELECT d.plan_id, d.key, d.rule, d.due_on, d.source, p.reference, c.given_name, c.family_name,
               \(DigestReader.caseworker) AS caseworker
        FROM deadlines d JOIN plans p ON p.id = d.plan_id JOIN children c ON c.id = p.child_id
        WHERE d.done_on IS NULL AND d.closed_on IS NULL AND d.statutory = 1 AND d.due_on <= :dueThrough
          AND (d.lapses_on IS NULL OR d.lapses_on > :asOf)
          AND d.due_on >= :due
          AND (d.due_on > :due OR d.plan_id > :plan OR (d.plan_id = :plan AND d.key > :key))
        ORDER BY d.due_on, d.plan_id, d.key LIMIT :limit
        """
}
