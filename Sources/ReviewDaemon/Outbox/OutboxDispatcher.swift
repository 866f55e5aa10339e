public import Foundation
public import Logging
public import ReviewCore
public import ReviewMail
public import ReviewStore

/// Delivers the outbox: a ``WakeSource``, so the scheduler's single timer drives first sends and retries
/// alike (DESIGN §2, transactional outbox).
///
/// A wake claims due notices in batches of ``DeliverySettings/batchSize`` and hands each batch to the
/// transport, with at most ``DeliverySettings/concurrency`` batches in flight (so at most
/// `batchSize × concurrency` rows are `sending`), until a claim comes back short. Each result is recorded as
/// soon as the transport reports it (see ``RetryPolicy`` for the back-off, whose number of attempts is
/// ``DeliverySettings/maxAttempts``). The settings are read at the start of every wake, so a SIGHUP that
/// changes `mail.batch_size`, `mail.concurrency` or `mail.max_attempts` applies from the next wake.
/// Cancellation (graceful shutdown) stops the claiming at once; batches already claimed are delivered and
/// recorded, shielded from the cancellation, and everything else stays queued for the next start. Its next
/// wake is the store's earliest due notice. Logs carry counts, notice ids and recipient domains only.
///
/// ```swift
/// let outbox = OutboxDispatcher(store: store, clock: clock,
///                               mail: { OutboxMail(transport: transport, builder: builder) },
///                               delivery: { live.value.mail.delivery }, logger: logger)
/// let scheduler = WakeScheduler(sources: [transitions, outbox], clock: clock, logger: logger)
/// ```
public struct OutboxDispatcher: WakeSource {
    public let name = "outbox"
    let store: ReviewStore
    let clock: any WallClock
    let mail: @Sendable () -> OutboxMail
    let delivery: @Sendable () -> DeliverySettings
    /// The back-off; its number of attempts is replaced by the delivery settings' at every wake.
    let retry: RetryPolicy
    let logger: Logger

    /// A dispatcher that asks `mail` for the transport and `delivery` for its settings at every wake (the
    /// daemon passes the config in force).
    public init(store: ReviewStore, clock: any WallClock, mail: @escaping @Sendable () -> OutboxMail,
                delivery: @escaping @Sendable () -> DeliverySettings = { .standard },
                retry: RetryPolicy = RetryPolicy(), logger: Logger) {
        self.store = store
        self.clock = clock
        self.mail = mail
        self.delivery = delivery
        self.retry = retry
        self.logger = logger
    }

    /// A dispatcher that always sends with `transport` and `builder`, `batchSize` at a time, `concurrency`
    /// batches at once, retrying as `policy` says.
    public init(store: ReviewStore, clock: any WallClock, transport: any MailTransport, builder: MessageBuilder,
                policy: RetryPolicy = RetryPolicy(), batchSize: Int = 50, concurrency: Int = 4, logger: Logger) {
        let fixed = OutboxMail(transport: transport, builder: builder,
                               digestReport: { try await store.digestReport(run: $0) })
        let settings = DeliverySettings(batchSize: batchSize, concurrency: concurrency, maxAttempts: policy.maxAttempts)
        self.init(store: store, clock: clock, mail: { fixed }, delivery: { settings }, retry: policy, logger: logger)
    }

    /// The settings the next wake uses, each at least 1.
    public var settings: DeliverySettings {
        let settings = delivery()
        return DeliverySettings(batchSize: max(1, settings.batchSize), concurrency: max(1, settings.concurrency),
                                maxAttempts: max(1, settings.maxAttempts))
    }

    public func wake(now: Date) async throws {
        _ = try await drain(now: now)
    }

    public func nextWake(after now: Date) async throws -> Date? {
        try await store.nextNoticeAttempt()
    }

    /// Delivers every notice due at `now` and returns what happened (``wake(now:)`` without the discard).
    public func drain(now: Date) async throws -> OutboxTally {
        let settings = settings
        let batchSize = settings.batchSize, concurrency = settings.concurrency
        let batch = OutboxBatch(store: store, clock: clock, mail: mail(), policy: retry.with(maxAttempts: settings.maxAttempts),
                                logger: logger)
        let tally = try await withThrowingTaskGroup(of: OutboxTally.self) { group in
            var tally = OutboxTally()
            var inFlight = 0
            while !Task.isCancelled {
                if inFlight == concurrency, let done = try await group.next() {
                    tally += done
                    inFlight -= 1
                }
                if Task.isCancelled { break }
                let claimed = try await store.claimDueNotices(now: now, limit: batchSize)
                if claimed.isEmpty { break }
                // An unstructured task does not inherit cancellation: a claimed batch is always delivered
                // and recorded, even during a shutdown, so no row is left `sending`.
                group.addTask { await Task { await batch.deliver(claimed) }.value }
                inFlight += 1
                if claimed.count < batchSize { break }
            }
            for try await done in group { tally += done }
            return tally
        }
        if !tally.isEmpty {
            logger.notice("outbox delivered", metadata: [
                "transport": "\(batch.mail.transport.name)", "delivered": "\(tally.delivered)",
                "retrying": "\(tally.retrying)", "dead": "\(tally.dead)", "unrecorded": "\(tally.unrecorded)",
            ])
        }
        return tally
    }
}
