public import Foundation
import GRDB
public import ReviewCore

extension ReviewStore {
    /// The audit log, newest first, a page at a time (entries with an id below `before`).
    public func auditEntries(before: Int64? = nil, limit: Int = 100) async throws -> [AuditEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?",
                             arguments: [before ?? Int64.max, limit])
                .map { row in
                    let uid: Int64 = row["uid"]
                    return AuditEntry(
                        id: row["id"], at: try row.timestamp("at"),
                        actor: AuditActor(uid: UInt32(clamping: uid), userName: row["user_name"], via: row["via"]),
                        action: row["action"], entity: row["entity"], entityID: row["entity_id"], summary: row["summary"],
                        count: row["repeats"])
                }
        }
    }

    /// Records an action refused or taken outside the repository's own writes (a reader's refused write,
    /// a config reload), so that the log shows attempts as well as changes.
    public func appendAudit(action: String, entity: String, entityID: Int64? = nil, summary: String,
                            by actor: AuditActor) async throws {
        let audit = auditWriter(actor)
        try await write { db in try audit.record(db, action: action, entity: entity, id: entityID, summary: summary) }
    }

    /// Records `count` refused writes by `actor` in the minute named by `bucket` (one audit line per caller and
    /// minute: the first refusal creates it, later ones add to its count). `at` is the latest refusal.
    public func recordRefusals(bucket: String, count: Int, route: String, at: Date, by actor: AuditActor) async throws {
        let summary = "write refused: \(route)"
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO audit_log (at, uid, user_name, via, action, entity, entity_id, summary, repeats, refusal_key)
                    VALUES (?, ?, ?, ?, 'denied', 'request', NULL, ?, ?, ?)
                    ON CONFLICT (refusal_key) WHERE refusal_key IS NOT NULL DO UPDATE SET
                      repeats = repeats + excluded.repeats,
                      summary = CASE WHEN summary = excluded.summary THEN summary ELSE 'write refused: several routes' END
                    """,
                arguments: [Timestamp.text(at), Int64(actor.uid), actor.userName, actor.via, summary, count, bucket])
        }
    }
}
