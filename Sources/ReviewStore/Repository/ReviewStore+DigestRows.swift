import Foundation
import GRDB
import ReviewCore

/// The rows of digest runs: the queries ``RecordDigest`` composes.
extension ReviewStore {
    /// The run of `localDate`, or `nil` when that date's scheduled digest exists already.
    static func insertDigestRun(_ db: Database, localDate: CivilDate, kind: DigestRun.Kind, report: DigestReport,
                                at now: Date) throws -> DigestRun? {
        try db.execute(
            sql: """
                INSERT INTO digest_runs (local_date, kind, started_at, summary) VALUES (?, ?, ?, ?)
                ON CONFLICT (local_date) WHERE kind = 'scheduled' DO NOTHING
                """,
            arguments: [localDate.description, kind.rawValue, Timestamp.text(now), try json(report)])
        guard db.changesCount == 1 else { return nil }
        return DigestRun(id: db.lastInsertedRowID, localDate: localDate, kind: kind, startedAt: now)
    }

    /// Empties the reports of runs older than ``DigestRun/reportRetentionDays``: kept only as long as a
    /// message might still be sent from them.
    static func expireDigestReports(_ db: Database, now: Date) throws {
        try db.execute(sql: "UPDATE digest_runs SET summary = '{}' WHERE started_at < ? AND summary <> '{}'",
                       arguments: [Timestamp.text(now.addingTimeInterval(-Double(DigestRun.reportRetentionDays) * 86_400))])
    }

    /// `value` as the store keeps JSON: sorted keys, so equal values are equal text.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
