public import Foundation
public import Logging
public import ReviewCore
public import ReviewStore

/// The nightly digest as a ``WakeSource``: at or after `digest.at` on each local date it records that
/// date's digest and queues its messages (the team's, and each professional's own list), in one
/// transaction keyed by the date — so nothing can send it twice (DESIGN §2).
///
/// ``DigestSchedule`` decides which date is due; the database remembers which dates were done, so a
/// restart, a DST change or a clock jump needs no special case, and after downtime one catch-up digest
/// goes out. `digest.*` is read at every wake, so a SIGHUP reload moves the time or changes the
/// recipients from the next digest on. Place it before the outbox dispatcher in the scheduler's sources,
/// so that the messages it queues are delivered in the same pass.
public struct DigestSource: WakeSource {
    public let name = "digest"
    let store: ReviewStore
    let settings: @Sendable () -> (schedule: DigestSchedule, recipients: [EmailAddress])
    let logger: Logger

    public init(store: ReviewStore, logger: Logger,
                settings: @escaping @Sendable () -> (schedule: DigestSchedule, recipients: [EmailAddress])) {
        self.store = store
        self.settings = settings
        self.logger = logger
    }

    public func wake(now: Date) async throws {
        let (schedule, recipients) = settings()
        let last = try await store.lastScheduledDigestDate()
        guard let date = schedule.dateDue(at: now, lastRecorded: last) else { return }
        guard let outcome = try await store.recordScheduledDigest(for: date, recipients: recipients, passStartedAt: now) else {
            logger.info("the digest of this date was already recorded", metadata: ["date": "\(date)"])
            return
        }
        let counts = outcome.report.counts
        logger.notice("digest recorded", metadata: [
            "date": "\(date)", "catch_up": "\(last.map { $0 < date.adding(days: -1) } ?? false)",
            "late_reviews": "\(counts.lateReviews)", "late_steps": "\(counts.lateSteps)",
            "due_soon": "\(counts.dueSoon)", "team_messages": "\(outcome.teamNotices.count)",
            "personal_messages": "\(outcome.personalNotices.count)",
        ])
    }

    public func nextWake(after now: Date) async throws -> Date? {
        settings().schedule.nextMoment(after: now, lastRecorded: try await store.lastScheduledDigestDate())
    }
}
