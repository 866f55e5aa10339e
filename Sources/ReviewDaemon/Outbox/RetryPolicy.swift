public import Foundation

/// When a notice that failed for a temporary reason is tried again, and when it is given up as dead.
///
/// It exists so that the back-off is a small pure value that tests pin exactly: after the n-th failed
/// attempt the next one waits about 2^n seconds ±10 % (as Oban and River do), never more than ``cap``;
/// after ``maxAttempts`` attempts the notice is dead (kept, shown, retryable by an admin). The jitter,
/// which spreads a fan-out's retries so they do not all hit the relay at once, comes from an injectable
/// source, so tests are deterministic.
///
/// ```swift
/// let policy = RetryPolicy()                       // 12 attempts, 1 hour cap, ±10 %
/// policy.decision(afterAttempt: 3, now: now)       // .retry(at: now + 8 s ± 0.8 s)
/// policy.decision(afterAttempt: 12, now: now)      // .giveUp
/// ```
public struct RetryPolicy: Sendable {
    /// What to do after a temporary failure.
    public enum Decision: Sendable, Hashable {
        case retry(at: Date)
        case giveUp
    }

    /// The attempts a notice gets in all, the first included; after the last, a temporary failure is dead.
    public let maxAttempts: Int
    /// The longest wait between two attempts, jitter included.
    public let cap: TimeInterval
    /// The jitter's relative size: 0.1 is ±10 %.
    public let jitter: Double
    /// Returns a number in -1...1; the delay is scaled by `1 + jitter × it`.
    let random: @Sendable () -> Double

    public init(maxAttempts: Int = 12, cap: TimeInterval = 3600, jitter: Double = 0.1,
                random: @escaping @Sendable () -> Double = { Double.random(in: -1...1) }) {
        self.maxAttempts = max(1, maxAttempts)
        self.cap = max(0, cap)
        self.jitter = min(max(0, jitter), 1)
        self.random = random
    }

    /// The same back-off with another number of attempts (`mail.max_attempts`, which a reload can change).
    public func with(maxAttempts: Int) -> RetryPolicy {
        RetryPolicy(maxAttempts: maxAttempts, cap: cap, jitter: jitter, random: random)
    }

    /// The wait after the `attempt`-th failed attempt (1 for the first): 2^attempt seconds, jittered, capped.
    public func delay(afterAttempt attempt: Int) -> TimeInterval {
        let base = pow(2, Double(min(max(attempt, 0), 1000)))
        let spread = 1 + jitter * min(max(random(), -1), 1)
        return min(base * spread, cap)
    }

    /// Retry (and when) or give up, after the `attempt`-th attempt failed temporarily at `now`.
    public func decision(afterAttempt attempt: Int, now: Date) -> Decision {
        attempt >= maxAttempts ? .giveUp : .retry(at: now.addingTimeInterval(delay(afterAttempt: attempt)))
    }
}
