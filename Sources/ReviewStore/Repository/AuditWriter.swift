import GRDB
import ReviewCore

/// Writes the audit line of a change inside the change's own transaction.
struct AuditWriter {
    let at: String
    let actor: AuditActor

    func record(_ db: Database, action: String, entity: String, id: Int64?, summary: String) throws {
        try db.execute(
            sql: """
                INSERT INTO audit_log (at, uid, user_name, via, action, entity, entity_id, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [at, Int64(actor.uid), actor.userName, actor.via, action, entity, id, summary])
    }
}

extension ReviewStore {
    func auditWriter(_ actor: AuditActor) -> AuditWriter {
        AuditWriter(at: Timestamp.text(clock.now()), actor: actor)
    }
}
