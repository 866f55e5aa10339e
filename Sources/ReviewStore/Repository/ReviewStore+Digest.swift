public import Foundation
import GRDB
public import ReviewCore

/// One recorded digest: the scheduled one of a local date, or an extra one asked for by an admin.
public struct DigestRun: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case scheduled
        case manual
    }

    public var localDate: CivilDate
    public var kind: Kind
    public var startedAt: Date

    public init(localDate: CivilDate, kind: Kind, startedAt: Date) {
        self.localDate = localDate
        self.kind = kind
        self.startedAt = startedAt
    }
}

extension ReviewStore {
    /// Claims the scheduled digest of `localDate`. Returns `false` when that date's digest was already
    /// claimed, by this process or an earlier one: the unique index makes a second one impossible.
    public func claimScheduledDigest(for localDate: CivilDate, summary: String = "{}") async throws -> Bool {
        let now = Timestamp.text(clock.now())
        return try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO digest_runs (local_date, kind, started_at, summary) VALUES (?, 'scheduled', ?, ?)
                    ON CONFLICT (local_date) WHERE kind = 'scheduled' DO NOTHING
                    """,
                arguments: [localDate.description, now, summary])
            return db.changesCount == 1
        }
    }

    /// Records an extra digest asked for on demand; it never stands in for the day's scheduled one.
    public func recordManualDigest(for localDate: CivilDate, summary: String = "{}") async throws {
        let now = Timestamp.text(clock.now())
        try await write { db in
            try db.execute(sql: "INSERT INTO digest_runs (local_date, kind, started_at, summary) VALUES (?, 'manual', ?, ?)",
                           arguments: [localDate.description, now, summary])
        }
    }

    /// The latest digest of `kind` (any kind when `nil`).
    public func lastDigest(kind: DigestRun.Kind? = nil) async throws -> DigestRun? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT * FROM digest_runs WHERE (?1 IS NULL OR kind = ?1) ORDER BY started_at DESC, id DESC LIMIT 1",
                arguments: [kind?.rawValue]
            ).map { row in
                DigestRun(localDate: try row.civilDate("local_date"), kind: try row.enumValue("kind"),
                          startedAt: try row.timestamp("started_at"))
            }
        }
    }
}
