public import Foundation
import GRDB
public import ReviewCore

/// A letter to a family without email (issue 15 item 5): queued to print, then marked posted by an officer.
public struct Letter: Sendable, Hashable {
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        case toPrint = "to_print"
        case posted
    }

    public var id: Int64
    public var contactID: ContactID?
    public var planID: PlanID?
    public var kind: NoticeKind
    public var content: NoticeContent
    public var state: State
    public var createdAt: Date
    public var postedAt: Date?
}

extension ReviewStore {
    static func insertLetter(_ db: Database, contactID: ContactID, planID: PlanID, kind: NoticeKind, planVersion: Int?,
                             payload: String, now: Date) throws {
        try db.execute(sql: """
            INSERT INTO letters (contact_id, plan_id, kind, plan_version, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [contactID.rawValue, planID.rawValue, kind.rawValue, planVersion, payload, Timestamp.text(now)])
    }

    /// Whether a "something is late" message went to the plan's family since `since` (one a week at most).
    static func familyUpdateSent(_ db: Database, planID: PlanID, since: Date) throws -> Bool {
        let at = Timestamp.text(since)
        let kind = NoticeKind.familyUpdate.rawValue
        return try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM notices WHERE plan_id = ?1 AND kind = ?2 AND created_at >= ?3)
                OR EXISTS (SELECT 1 FROM letters WHERE plan_id = ?1 AND kind = ?2 AND created_at >= ?3)
            """, arguments: [planID.rawValue, kind, at]) ?? false
    }

    /// Letters in `state`, oldest first, a page after id `after`.
    public func letters(state: Letter.State? = nil, after: Int64? = nil, limit: Int = 100) async throws -> [Letter] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM letters WHERE (?1 IS NULL OR state = ?1) AND id > ?2 ORDER BY id LIMIT ?3
                """, arguments: [state?.rawValue, after ?? 0, limit]).map(Self.letter(from:))
        }
    }

    public func letter(_ id: Int64) async throws -> Letter? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM letters WHERE id = ?", arguments: [id]).map(Self.letter(from:)) }
    }

    /// How many letters wait to be printed.
    public func lettersToPrint() async throws -> Int {
        try await read { db in try Self.countLettersToPrint(db) }
    }

    static func countLettersToPrint(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM letters WHERE state = 'to_print'") ?? 0
    }

    /// Marks a letter posted (audited, without the family's details); posting one already posted changes nothing.
    public func markLetterPosted(_ id: Int64, by actor: AuditActor) async throws -> Letter {
        let now = clock.now()
        let audit = auditWriter(actor)
        return try await write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM letters WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(entity: "letter", id: id, field: nil)
            }
            if (row["state"] as String) == Letter.State.toPrint.rawValue {
                try db.execute(sql: "UPDATE letters SET state = 'posted', posted_at = ? WHERE id = ?",
                               arguments: [Timestamp.text(now), id])
                try audit.record(db, action: "letter.posted", entity: "letter", id: id, summary: "letter \(id) posted")
            }
            return try Self.letter(from: try Row.fetchOne(db, sql: "SELECT * FROM letters WHERE id = ?", arguments: [id])
                .orThrow(.notFound(entity: "letter", id: id, field: nil)))
        }
    }

    private static func letter(from row: Row) throws -> Letter {
        let payload: String = row["payload"]
        let contact: Int64? = row["contact_id"]
        let plan: Int64? = row["plan_id"]
        return Letter(id: row["id"], contactID: contact.map { ContactID($0) }, planID: plan.map { PlanID($0) },
                      kind: try row.enumValue("kind"),
                      content: try JSONDecoder().decode(NoticeContent.self, from: Data(payload.utf8)),
                      state: try row.enumValue("state"), createdAt: try row.timestamp("created_at"),
                      postedAt: try row.optionalTimestamp("posted_at"))
    }
}
