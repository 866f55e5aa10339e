public import Foundation
public import ReviewCore
import Synchronization

/// A clock that tests set and move by hand, so that a year of deadlines, a DST change or a clock jump
/// runs in milliseconds and the same way every time.
public final class FakeClock: WallClock {
    private let current: Mutex<Date>

    public init(_ start: Date) {
        current = Mutex(start)
    }

    /// A clock at `iso`, an RFC 3339 timestamp such as `2026-03-29T00:30:00Z`.
    public convenience init(iso: String) {
        guard let start = ISO8601DateFormatter().date(from: iso) else {
            preconditionFailure("FakeClock: \(iso) is not an RFC 3339 timestamp")
        }
        self.init(start)
    }

    public func now() -> Date { current.withLock { $0 } }

    public func set(_ date: Date) { current.withLock { $0 = date } }

    public func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}
