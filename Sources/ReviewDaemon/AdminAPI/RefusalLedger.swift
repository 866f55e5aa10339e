import Foundation
import Logging
import ReviewCore
import ReviewStore

/// Audits refused writes without letting a reader grow the database: one audit line per caller and
/// minute, counting the attempts.
///
/// The first refusal of a caller in a minute is written at once, so every refusing minute is on disk
/// even after a crash; the ones after it are counted here and added to that line together after
/// ``flushDelay`` (and on shutdown), so that 5,000 refused POSTs in a few seconds cost a handful of
/// commits, not 5,000. A crash loses at most the counts of the last ``flushDelay``.
actor RefusalLedger {
    struct Bucket: Hashable {
        let uid: UInt32
        /// The UTC minute, `2026-12-02T14:05Z`.
        let minute: String

        var key: String { "\(uid)@\(minute)" }
    }

    struct Pending {
        var count: Int
        var route: String
        var at: Date
        var actor: AuditActor
    }

    let store: ReviewStore
    let flushDelay: Duration
    let logger: Logger
    private var written: Set<Bucket> = []
    private var pending: [Bucket: Pending] = [:]
    private var flushScheduled = false

    init(store: ReviewStore, flushDelay: Duration = .seconds(2),
         logger: Logger = Logger(label: "ehc-reviewd.admin")) {
        self.store = store
        self.flushDelay = flushDelay
        self.logger = logger
    }

    /// The minute `date` falls in, as the bucket's key names it.
    static func minute(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }

    /// Records one refused write of `route` by `actor` at `at`.
    func refuse(_ actor: AuditActor, route: String, at: Date) async {
        let bucket = Bucket(uid: actor.uid, minute: Self.minute(of: at))
        if written.insert(bucket).inserted {
            // Forget the minutes before this one: their lines exist, and a late count still adds to them.
            written = written.filter { $0.minute >= bucket.minute || $0 == bucket }
            await write(bucket, Pending(count: 1, route: route, at: at, actor: actor))
            return
        }
        pending[bucket, default: Pending(count: 0, route: route, at: at, actor: actor)].count += 1
        pending[bucket]?.at = at
        guard !flushScheduled else { return }
        flushScheduled = true
        let delay = flushDelay
        Task { [weak self] in
            try? await Task.sleep(for: delay)
            await self?.flush()
        }
    }

    /// Writes every count not yet on disk (also called when the admin server stops).
    func flush() async {
        flushScheduled = false
        let batch = pending
        pending = [:]
        for (bucket, refusals) in batch.sorted(by: { $0.key.key < $1.key.key }) {
            await write(bucket, refusals)
        }
    }

    private func write(_ bucket: Bucket, _ refusals: Pending) async {
        do {
            try await store.recordRefusals(bucket: bucket.key, count: refusals.count, route: refusals.route,
                                           at: refusals.at, by: refusals.actor)
        } catch {
            // Refusing the request matters more than counting it: the caller still gets its 403.
            logger.warning("could not audit refused writes", metadata: ["count": "\(refusals.count)", "error": "\(error)"])
        }
    }
}
