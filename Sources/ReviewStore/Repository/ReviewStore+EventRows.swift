import Foundation
import GRDB
import ReviewCore

/// The rows of plan events: the queries the use cases compose.
extension ReviewStore {
    /// The version the next issuing event of the plan gets: one more than the last.
    static func nextVersion(_ db: Database, _ planID: PlanID) throws -> Int {
        (try Int.fetchOne(db, sql: "SELECT MAX(version) FROM plan_events WHERE plan_id = ?", arguments: [planID.rawValue]) ?? 0) + 1
    }

    static func insertEvent(_ db: Database, _ planID: PlanID, kind: PlanEventKind, on date: CivilDate, version: Int?,
                            document: PlanDocument? = nil, at now: Date) throws -> PlanEventRecord {
        try db.execute(
            sql: "INSERT INTO plan_events (plan_id, kind, occurred_on, version, recorded_at, document_id) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [planID.rawValue, kind.rawValue, date.description, version, Timestamp.text(now), document?.id])
        return PlanEventRecord(id: db.lastInsertedRowID, planID: planID, kind: kind, on: date, version: version,
                               recordedAt: now)
    }

    /// The plan's latest version and the day it was issued, if any was.
    static func currentVersion(_ db: Database, _ planID: PlanID) throws -> (version: Int, issuedOn: CivilDate)? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT version, occurred_on FROM plan_events WHERE plan_id = ? AND version IS NOT NULL ORDER BY version DESC LIMIT 1",
            arguments: [planID.rawValue])
        else { return nil }
        return (row["version"], try row.civilDate("occurred_on"))
    }
}
