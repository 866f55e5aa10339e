import Foundation
import GRDB
public import ReviewCore

/// The rows of plan documents. The bytes live in files the daemon writes (content-addressed, fsynced)
/// before it records the row; the row is what events and notices refer to.
extension ReviewStore {
    /// Records a document by its hash and size, or finds the one already recorded with that hash: `created`
    /// says which. Audited when new.
    public func recordDocument(sha256: String, bytes: Int, by actor: AuditActor) async throws
        -> (document: PlanDocument, created: Bool)
    {
        let now = clock.now()
        let audit = auditWriter(actor)
        return try await write { db in
            if let existing = try Self.fetchDocument(db, sha256: sha256) { return (existing, false) }
            try db.execute(sql: "INSERT INTO documents (sha256, bytes, created_at) VALUES (?, ?, ?)",
                           arguments: [sha256, bytes, Timestamp.text(now)])
            let document = PlanDocument(id: db.lastInsertedRowID, sha256: sha256, bytes: bytes)
            try audit.record(db, action: "document.add", entity: "document", id: document.id,
                             summary: "document \(document.shortHash) (\(bytes) bytes)")
            return (document, true)
        }
    }

    /// The id of the document of the plan's version `version`, if it has one.
    public func versionDocumentID(plan planID: PlanID, version: Int) async throws -> Int64? {
        try await read { db in try Self.versionDocument(db, planID, version: version)?.id }
    }

    public func document(id: Int64) async throws -> PlanDocument? {
        try await read { db in try Self.fetchDocument(db, id: id) }
    }

    static func fetchDocument(_ db: Database, id: Int64) throws -> PlanDocument? {
        try Row.fetchOne(db, sql: "SELECT id, sha256, bytes FROM documents WHERE id = ?", arguments: [id]).map(document(from:))
    }

    static func fetchDocument(_ db: Database, sha256: String) throws -> PlanDocument? {
        try Row.fetchOne(db, sql: "SELECT id, sha256, bytes FROM documents WHERE sha256 = ?", arguments: [sha256])
            .map(document(from:))
    }

    /// The document of the plan's version `version`, if it has one.
    static func versionDocument(_ db: Database, _ planID: PlanID, version: Int) throws -> PlanDocument? {
        try Row.fetchOne(db, sql: """
            SELECT d.id, d.sha256, d.bytes FROM plan_events e JOIN documents d ON d.id = e.document_id
            WHERE e.plan_id = ? AND e.version = ?
            """, arguments: [planID.rawValue, version]).map(document(from:))
    }

    private static func document(from row: Row) -> PlanDocument {
        PlanDocument(id: row["id"], sha256: row["sha256"], bytes: row["bytes"])
    }
}
