public import Foundation
import GRDB
public import ReviewCore

/// One recorded digest: the scheduled one of a local date, or an extra one asked for by an admin.
public struct DigestRun: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case scheduled
        case manual
    }

    /// How long a run keeps its report: long enough for every retry of its messages (the outbox gives up
    /// after about an hour), short enough that a large authority's daily reports do not pile up.
    public static let reportRetentionDays = 40

    public var id: Int64
    public var localDate: CivilDate
    public var kind: Kind
    public var startedAt: Date

    public init(id: Int64, localDate: CivilDate, kind: Kind, startedAt: Date) {
        self.id = id
        self.localDate = localDate
        self.kind = kind
        self.startedAt = startedAt
    }
}

/// What recording a digest wrote: the run, the report its messages are rendered from, and the notices
/// queued (one per team recipient, one per professional with a personal list).
public struct DigestOutcome: Sendable, Hashable {
    public var run: DigestRun
    public var report: DigestReport
    public var teamNotices: [NoticeID]
    public var personalNotices: [NoticeID]
}

/// The payload of a team `digest` notice: which run's report to render. The report is stored once, in
/// the run, however many recipients it has.
public struct DigestNoticePayload: Codable, Sendable, Hashable {
    public var digestRun: Int64

    public init(digestRun: Int64) {
        self.digestRun = digestRun
    }
}

extension ReviewStore {
    /// Records the scheduled digest of `localDate` and queues its messages, all in one transaction: the
    /// team's digest to each of `recipients` and each professional's personal list. Returns `nil`, having
    /// written nothing, when that date's scheduled digest was already recorded (by this process or an
    /// earlier one): the unique index makes a second one impossible. Notices queued from `passStartedAt`
    /// (the same wake-up's "now late" notices) are not counted as undelivered.
    public func recordScheduledDigest(for localDate: CivilDate, recipients: [EmailAddress], passStartedAt: Date? = nil)
        async throws -> DigestOutcome?
    {
        try await RecordDigest(self)(for: localDate, kind: .scheduled, recipients: recipients, personal: true, actor: nil,
                                     passStartedAt: passStartedAt)
    }

    /// Records an extra digest asked for by `actor` and queues the team's messages (no personal lists: those
    /// go once a day). It never stands in for the day's scheduled digest.
    public func recordExtraDigest(for localDate: CivilDate, recipients: [EmailAddress], by actor: AuditActor)
        async throws -> DigestOutcome
    {
        guard let outcome = try await RecordDigest(self)(for: localDate, kind: .manual, recipients: recipients,
                                                         personal: false, actor: actor)
        else { throw StoreError.database("an extra digest could not be recorded") }
        return outcome
    }

    /// What the team's digest of `localDate` would say now, without recording anything (a dry run).
    public func digestReport(for localDate: CivilDate) async throws -> DigestReport {
        let reader = DigestReader(date: localDate, fullNames: noticesUseFullNames)
        return try await read { db in try reader.report(db) }
    }

    /// The personal lists `localDate`'s digest would send, without recording anything.
    public func personalDigests(for localDate: CivilDate) async throws -> [PersonalDigest] {
        let reader = DigestReader(date: localDate, fullNames: noticesUseFullNames)
        return try await read { db in try reader.personalDigests(db).map(\.digest) }
    }

    /// The report a digest run recorded, for rendering its messages.
    public func digestReport(run id: Int64) async throws -> DigestReport {
        let summary = try await read { db in
            try String.fetchOne(db, sql: "SELECT summary FROM digest_runs WHERE id = ?", arguments: [id])
        }
        guard let summary else { throw StoreError.notFound(entity: "digest run", id: id, field: nil) }
        return try JSONDecoder().decode(DigestReport.self, from: Data(summary.utf8))
    }

    /// The latest digest of `kind` (any kind when `nil`).
    public func lastDigest(kind: DigestRun.Kind? = nil) async throws -> DigestRun? {
        try await digestRuns(kind: kind, limit: 1).first
    }

    /// Recorded digests of `kind` (any when `nil`), newest first, at most `limit`.
    public func digestRuns(kind: DigestRun.Kind? = nil, limit: Int = 100) async throws -> [DigestRun] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM digest_runs WHERE (?1 IS NULL OR kind = ?1) ORDER BY started_at DESC, id DESC LIMIT ?2",
                arguments: [kind?.rawValue, limit]
            ).map(Self.digestRun)
        }
    }

    /// The latest local date a scheduled digest was recorded for: what ``DigestSchedule`` needs.
    public func lastScheduledDigestDate() async throws -> CivilDate? {
        try await read { db in
            try String.fetchOne(db, sql: "SELECT MAX(local_date) FROM digest_runs WHERE kind = 'scheduled'")
                .map { try CivilDate(iso: $0) }
        }
    }

    static func digestRun(_ row: Row) throws -> DigestRun {
        DigestRun(id: row["id"], localDate: try row.civilDate("local_date"), kind: try row.enumValue("kind"),
                  startedAt: try row.timestamp("started_at"))
    }
}
