public import Foundation
public import Logging
public import ReviewCore
public import ServiceLifecycle
import Synchronization

/// The daemon's only loop: wakes every ``WakeSource``, asks each when it next has work, arms the one
/// ``WakeTimer`` for the earliest of those moments, and sleeps. It never polls on a fixed tick, so an idle
/// daemon sleeps until the next deadline, retry or digest.
///
/// Every pass recomputes from the database (the only source of truth), so a restart, a suspend or a clock
/// jump needs no special case: the next pass sees the new "now" and the sources catch up. A source that
/// fails is logged and retried after ``retryAfterFailure``; the others are not held back.
public final class WakeScheduler: Service, Sendable, CustomStringConvertible {
    public var description: String { "WakeScheduler(\(sources.map(\.name).joined(separator: ", ")))" }

    public let sources: [any WakeSource]
    let clock: any WallClock
    let timer: any WakeTimer
    let logger: Logger
    /// How long to wait before trying again after a source failed (a locked or full database, say).
    public let retryAfterFailure: TimeInterval
    private let armed = Mutex<Date?>(nil)

    /// The moment the timer is armed for, for `GET /v1/status` (`nil`: nothing scheduled).
    public var nextWake: Date? { armed.withLock { $0 } }

    public init(sources: [any WakeSource], clock: any WallClock, timer: any WakeTimer = DispatchWakeTimer(),
                logger: Logger, retryAfterFailure: TimeInterval = 60) {
        self.sources = sources
        self.clock = clock
        self.timer = timer
        self.logger = logger
        self.retryAfterFailure = retryAfterFailure
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let next = await self.pass(now: self.clock.now())
                self.armed.withLock { $0 = next }
                let reason = await self.timer.sleep(until: next)
                if reason == .cancelled { break }
            }
        }
        logger.info("wake scheduler stopped")
    }

    /// Asks the scheduler to look again now (after a change of data or config).
    public func poke() {
        timer.interrupt()
    }

    /// One pass: wakes every source at `now` and returns the earliest next wake (or `nil` for none).
    public func pass(now: Date) async -> Date? {
        var earliest: Date?
        for source in sources {
            var next: Date?
            do {
                try await source.wake(now: now)
                next = try await source.nextWake(after: now)
            } catch is CancellationError {
                return nil
            } catch {
                logger.error("\(source.name) failed; trying again later",
                             metadata: ["error": "\(error)", "retry_in_s": "\(Int(retryAfterFailure))"])
                next = now.addingTimeInterval(retryAfterFailure)
            }
            if let next, earliest.map({ next < $0 }) ?? true { earliest = next }
        }
        logger.debug("next wake", metadata: ["at": "\(earliest.map { "\($0)" } ?? "none")"])
        return earliest
    }
}
