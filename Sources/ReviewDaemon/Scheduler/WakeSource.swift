public import Foundation

/// Something the daemon must do at a moment in time: deadlines changing state at local midnight, a
/// notice's retry, the nightly digest. The ``WakeScheduler`` arms one timer for the earliest moment any
/// source wants, and wakes every source then.
///
/// `wake(now:)` must be idempotent and cheap when there is nothing to do: it is also called on start,
/// after a clock jump and whenever data changes, and an idle wake-up must do no work proportional to
/// the number of plans.
public protocol WakeSource: Sendable {
    /// A short name for logs.
    var name: String { get }
    /// Does whatever has fallen due by `now`.
    func wake(now: Date) async throws
    /// The next moment after `now` at which this source has work, or `nil` for none.
    func nextWake(after now: Date) async throws -> Date?
}
