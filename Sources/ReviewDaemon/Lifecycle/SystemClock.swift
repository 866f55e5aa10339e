public import Foundation
public import ReviewCore

/// The real clock, used by the running daemon; tests pass a `FakeClock` instead.
public struct SystemClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}
