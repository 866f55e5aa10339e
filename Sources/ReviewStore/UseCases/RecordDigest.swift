public import Foundation
import GRDB
public import ReviewCore

/// Records a digest of a local date and queues its messages, in one transaction: the run with its report
/// (stored once, so a retried message says what was true when it was made), the team's digest to each
/// recipient, and — for the scheduled digest — each professional's personal list. A second scheduled
/// digest of the same date is impossible (a unique index): then nothing is written and the answer is `nil`.
/// What the report holds is ``DigestReader``'s; its bounds are the core's ``DigestWindow``.
public struct RecordDigest: Sendable {
    let store: ReviewStore

    public init(_ store: ReviewStore) {
        self.store = store
    }

    /// `passStartedAt`: when the wake-up that makes this digest began; notices queued since (in the same
    /// pass) are not counted as undelivered.
    public func callAsFunction(for localDate: CivilDate, kind: DigestRun.Kind, recipients: [EmailAddress],
                               personal: Bool, actor: AuditActor?, passStartedAt: Date? = nil) async throws -> DigestOutcome? {
        let now = store.clock.now()
        let reader = DigestReader(date: localDate, fullNames: store.noticesUseFullNames)
        let audit = actor.map(store.auditWriter)
        return try await store.write { db in
            let report = try reader.report(db, queuedBefore: passStartedAt ?? now)
            guard let run = try ReviewStore.insertDigestRun(db, localDate: localDate, kind: kind, report: report, at: now)
            else { return nil }
            try ReviewStore.expireDigestReports(db, now: now)
            let team = try ReviewStore.insertNotices(db, try recipients.map {
                NewNotice(planID: nil, professionalID: nil, recipient: $0, kind: .digest,
                          payload: try ReviewStore.json(DigestNoticePayload(digestRun: run.id)))
            }, now: now)
            let lists = personal ? try reader.personalDigests(db) : []
            let own = try ReviewStore.insertNotices(db, try lists.map {
                NewNotice(planID: nil, professionalID: $0.professional, recipient: $0.email, kind: .personalDigest,
                          payload: try ReviewStore.json($0.digest))
            }, now: now)
            try audit?.record(db, action: "digest.run", entity: "digest", id: run.id,
                              summary: "extra digest for \(localDate) to \(recipients.count) recipient(s)")
            return DigestOutcome(run: run, report: report, teamNotices: team, personalNotices: own)
        }
    }
}
