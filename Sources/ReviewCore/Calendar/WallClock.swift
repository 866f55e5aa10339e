public import Foundation

/// Where "now" comes from. The core never asks the system for the time: the daemon passes a clock in,
/// and tests pass a clock they can move (a year of reviews runs in milliseconds that way).
public protocol WallClock: Sendable {
    func now() -> Date
}
