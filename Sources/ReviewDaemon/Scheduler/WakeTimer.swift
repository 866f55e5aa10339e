public import Foundation

/// Why a ``WakeTimer`` sleep ended.
public enum WakeReason: Sendable, Equatable {
    /// The deadline passed.
    case fired
    /// Someone called ``WakeTimer/interrupt()`` (data changed, config reloaded).
    case interrupted
    /// The waiting task was cancelled (shutdown).
    case cancelled
}

/// The one timer of the daemon. Abstracted so that tests drive time by hand; the daemon uses
/// ``DispatchWakeTimer``.
public protocol WakeTimer: Sendable {
    /// Suspends until the wall clock reaches `deadline` (forever when `nil`), an interrupt, or cancellation.
    func sleep(until deadline: Date?) async -> WakeReason
    /// Ends the current sleep early, or the next one at once if none is in progress.
    func interrupt()
}
