public import Foundation
import GRDB
public import ReviewCore

/// The outbox's hot statements, pinned to the partial index of undelivered rows: with millions of sent
/// rows SQLite's planner, without statistics, would otherwise prefer the `(state, id)` index.
enum OutboxSQL {
    static let dueClause = """
        INDEXED BY notices_due WHERE state IN ('queued', 'failed') AND next_attempt_at <= ?
        ORDER BY next_attempt_at, id LIMIT ?
        """
    static let nextDue = """
        SELECT MIN(next_attempt_at) FROM notices INDEXED BY notices_due WHERE state IN ('queued', 'failed')
        """
}

extension ReviewStore {
    static let noticeColumns = "id, plan_id, review_id, professional_id, recipient, kind, plan_version, payload, state, attempts, next_attempt_at, last_error, created_at, sent_at"
    /// ``noticeColumns`` of the notices table aliased `n`, for queries that join it.
    static let joinedNoticeColumns = noticeColumns.split(separator: ",")
        .map { $0.trimmingCharacters(in: .whitespaces) }.map { "n.\($0) AS \($0)" }.joined(separator: ", ")

    /// Writes notices to the outbox in one transaction, due at once. The event methods call
    /// ``insertNotices(_:_:now:)`` inside their own transaction instead, so that an event and its notices
    /// are recorded together or not at all.
    @discardableResult
    public func enqueue(_ notices: [NewNotice]) async throws -> [NoticeID] {
        let now = clock.now()
        return try await write { db in try Self.insertNotices(db, notices, now: now) }
    }

    static func insertNotices(_ db: Database, _ notices: [NewNotice], now: Date) throws -> [NoticeID] {
        let at = Timestamp.text(now)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO notices (plan_id, review_id, professional_id, recipient, kind, plan_version, payload,
                                 state, attempts, next_attempt_at, created_at, document_id, document_delivery, contact_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?)
            """)
        return try notices.map { notice in
            try insert.execute(arguments: [
                notice.planID?.rawValue, notice.reviewID?.rawValue, notice.professionalID?.rawValue,
                notice.recipient.value, notice.kind.rawValue, notice.planVersion, notice.payload, at, at,
                notice.document?.id, notice.documentDelivery?.rawValue, notice.contactID?.rawValue,
            ])
            return NoticeID(db.lastInsertedRowID)
        }
    }

    /// Takes up to `limit` notices due at `now` for delivery, marking them `sending`, oldest due first.
    public func claimDueNotices(now: Date, limit: Int) async throws -> [Notice] {
        let at = Timestamp.text(now)
        return try await write { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT \(Self.noticeColumns) FROM notices " + OutboxSQL.dueClause,
                arguments: [at, limit])
            var claimed: [Notice] = []
            for row in rows {
                var notice = try Self.notice(from: row)
                try db.execute(sql: "UPDATE notices SET state = 'sending', next_attempt_at = NULL WHERE id = ?",
                               arguments: [notice.id.rawValue])
                notice.state = .sending
                notice.nextAttemptAt = nil
                claimed.append(notice)
            }
            return claimed
        }
    }

    /// Records a delivery accepted by the transport.
    public func markSent(_ id: NoticeID, at: Date) async throws {
        try await updateNotice(id, sql: """
            UPDATE notices SET state = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL,
                               next_attempt_at = NULL
            WHERE id = ?
            """, arguments: [Timestamp.text(at), id.rawValue])
    }

    /// Records a temporary failure: the notice is tried again at `retryAt`.
    public func markFailed(_ id: NoticeID, error: String, retryAt: Date) async throws {
        try await updateNotice(id, sql: """
            UPDATE notices SET state = 'failed', attempts = attempts + 1, last_error = ?, next_attempt_at = ?
            WHERE id = ?
            """, arguments: [error, Timestamp.text(retryAt), id.rawValue])
    }

    /// Records a permanent failure, or the last attempt's: the notice is kept, dead, until an admin retries.
    public func markDead(_ id: NoticeID, error: String) async throws {
        try await updateNotice(id, sql: """
            UPDATE notices SET state = 'dead', attempts = attempts + 1, last_error = ?, next_attempt_at = NULL
            WHERE id = ?
            """, arguments: [error, id.rawValue])
    }

    private func updateNotice(_ id: NoticeID, sql: String, arguments: StatementArguments) async throws {
        try await write { db in
            try db.execute(sql: sql, arguments: arguments)
            guard db.changesCount == 1 else {
                throw StoreError.notFound(entity: "notice", id: id.rawValue, field: nil)
            }
        }
    }

    /// Puts back every notice left `sending` by a crash, due at `now`; returns how many. Called at start,
    /// before any dispatcher runs, so no row is `sending` legitimately.
    @discardableResult
    public func rescueSendingNotices(now: Date) async throws -> Int {
        let at = Timestamp.text(now)
        return try await write { db in
            try db.execute(
                sql: """
                    UPDATE notices SET state = 'failed', next_attempt_at = ?,
                                       last_error = 'interrupted while sending (daemon stopped); sending again'
                    WHERE state = 'sending'
                    """,
                arguments: [at])
            return db.changesCount
        }
    }

    /// An admin's retry of a dead or failed notice: due at once, attempts kept for the record.
    public func retryNotice(_ id: NoticeID, by actor: AuditActor) async throws -> Notice {
        let now = Timestamp.text(clock.now())
        let audit = auditWriter(actor)
        return try await write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.noticeColumns) FROM notices WHERE id = ?",
                                             arguments: [id.rawValue])
            else { throw StoreError.notFound(entity: "notice", id: id.rawValue, field: nil) }
            let notice = try Self.notice(from: row)
            guard notice.state == .dead || notice.state == .failed else {
                throw StoreError.conflict(FieldError(field: "state", reason: "notice \(id) is \(notice.state.rawValue), not dead or failed"))
            }
            try db.execute(sql: "UPDATE notices SET state = 'queued', next_attempt_at = ? WHERE id = ?",
                           arguments: [now, id.rawValue])
            try audit.record(db, action: "notice.retry", entity: "notice", id: id.rawValue,
                             summary: "retry of \(notice.kind.rawValue) notice after \(notice.attempts) attempts")
            let updated = try Row.fetchOne(db, sql: "SELECT \(Self.noticeColumns) FROM notices WHERE id = ?",
                                           arguments: [id.rawValue])
            return try Self.notice(from: updated.orThrow(.notFound(entity: "notice", id: id.rawValue, field: nil)))
        }
    }

    /// Notices by id, optionally in one state, a page at a time.
    public func notices(state: NoticeState? = nil, after: NoticeID? = nil, limit: Int = 100) async throws -> [Notice] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.noticeColumns) FROM notices
                    WHERE (?1 IS NULL OR state = ?1) AND id > ?2 ORDER BY id LIMIT ?3
                    """,
                arguments: [state?.rawValue, after?.rawValue ?? 0, limit]
            ).map(Self.notice(from:))
        }
    }

    /// When the next queued or failed notice falls due, if any: the dispatcher's next timer.
    public func nextNoticeAttempt() async throws -> Date? {
        try await read { db in
            try String.fetchOne(db, sql: OutboxSQL.nextDue).map { try Timestamp.date($0) }
        }
    }

    /// How many notices are in each state.
    public func noticeCounts() async throws -> [NoticeState: Int] {
        try await read { db in
            var counts: [NoticeState: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM notices GROUP BY state") {
                counts[try row.enumValue("state")] = row["n"]
            }
            return counts
        }
    }

    static func notice(from row: Row) throws -> Notice {
        let recipient: String = row["recipient"]
        guard let address = try? EmailAddress(recipient, field: "recipient") else {
            throw StoreError.database("column recipient holds a malformed address")
        }
        return Notice(
            id: NoticeID(row["id"]), planID: (row["plan_id"] as Int64?).map { PlanID($0) },
            reviewID: (row["review_id"] as Int64?).map { ReviewID($0) },
            professionalID: (row["professional_id"] as Int64?).map { ProfessionalID($0) }, recipient: address,
            kind: try row.enumValue("kind"), planVersion: row["plan_version"], payload: row["payload"],
            state: try row.enumValue("state"), attempts: row["attempts"],
            nextAttemptAt: try row.optionalTimestamp("next_attempt_at"), lastError: row["last_error"],
            createdAt: try row.timestamp("created_at"), sentAt: try row.optionalTimestamp("sent_at"))
    }
}
