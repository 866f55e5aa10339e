/// How many notices one wake of the ``OutboxDispatcher`` delivered, put back for a retry, and gave up as
/// dead; and how many results could not be recorded (the store failed). For the log line and for tests.
public struct OutboxTally: Sendable, Hashable {
    public var delivered = 0
    public var retrying = 0
    public var dead = 0
    public var unrecorded = 0

    public init() {}

    /// Whether the wake did anything at all.
    public var isEmpty: Bool { delivered + retrying + dead + unrecorded == 0 }

    public static func += (lhs: inout OutboxTally, rhs: OutboxTally) {
        lhs.delivered += rhs.delivered
        lhs.retrying += rhs.retrying
        lhs.dead += rhs.dead
        lhs.unrecorded += rhs.unrecorded
    }
}
