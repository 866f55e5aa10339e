public import NIOCore
import Synchronization

/// Every open admin-socket connection: whose it is (the caller's identity, read once when it connected),
/// whether a request is in progress, and when it was last active — and the decision, when a new one
/// arrives past `socket.max_connections_per_uid` or `socket.max_connections`, of which one to close.
///
/// It exists because a socket that accepts every connection until the process runs out of descriptors
/// lets 1,100 half-sent requests lock every other caller out. The rule: a connection that is answering a
/// request is never closed; past a limit the connection idle the longest (an idle keep-alive, or one
/// that has not finished sending its header) is closed to make room — of the same uid first for the
/// per-uid limit — and only when none is idle is the new connection itself refused.
public final class ConnectionRegistry: Sendable {
    /// What happens to a new connection.
    public enum Admission: Sendable {
        /// Accepted; close these first to make room.
        case admitted(closing: [any Channel])
        /// Every connection of the limit that was reached is busy answering: refuse this one.
        case refused(reason: String)
    }

    struct Entry {
        let channel: any Channel
        let identity: CallerIdentity?
        var busy = false
        /// A counter, not a clock: the smallest is the longest idle.
        var lastActive: UInt64
    }

    struct State {
        var entries: [ObjectIdentifier: Entry] = [:]
        var tick: UInt64 = 0
        /// Closed to make room and refused since the last report, and when that was.
        var closedUnreported = 0
        var refusedUnreported = 0
        var lastReport: ContinuousClock.Instant?

        mutating func next() -> UInt64 {
            tick += 1
            return tick
        }
    }

    public let maxConnections: Int
    public let maxConnectionsPerUID: Int
    private let state = Mutex(State())

    public init(maxConnections: Int, maxConnectionsPerUID: Int) {
        self.maxConnections = maxConnections
        self.maxConnectionsPerUID = maxConnectionsPerUID
    }

    /// Registers a new connection of `identity` (`nil`: its credentials could not be read; it counts
    /// under uid `nil`, against the total only) and says whether it may stay.
    public func admit(_ channel: any Channel, identity: CallerIdentity?) -> Admission {
        state.withLock { state in
            var closing: [any Channel] = []
            func evictLongestIdle(where belongs: (Entry) -> Bool) -> Bool {
                guard let victim = state.entries.filter({ !$0.value.busy && belongs($0.value) })
                    .min(by: { $0.value.lastActive < $1.value.lastActive })
                else { return false }
                closing.append(victim.value.channel)
                state.entries[victim.key] = nil
                return true
            }
            if let uid = identity?.uid,
               state.entries.values.filter({ $0.identity?.uid == uid }).count >= maxConnectionsPerUID,
               !evictLongestIdle(where: { $0.identity?.uid == uid })
            {
                return .refused(reason: "uid \(uid) already has \(maxConnectionsPerUID) connections answering requests")
            }
            if state.entries.count >= maxConnections, !evictLongestIdle(where: { _ in true }) {
                return .refused(reason: "\(maxConnections) connections are answering requests")
            }
            state.entries[ObjectIdentifier(channel)] = Entry(channel: channel, identity: identity, lastActive: state.next())
            return .admitted(closing: closing)
        }
    }

    /// A request's header has arrived on `channel` (`true`), or its answer has been written (`false`).
    public func setBusy(_ channel: any Channel, _ busy: Bool) {
        state.withLock { state in
            let tick = state.next()
            guard var entry = state.entries[ObjectIdentifier(channel)] else { return }
            entry.busy = busy
            entry.lastActive = tick
            state.entries[ObjectIdentifier(channel)] = entry
        }
    }

    /// The connection has closed.
    public func remove(_ channel: any Channel) {
        _ = state.withLock { $0.entries.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// The identity read when `channel` connected, if it is registered and it could be read.
    public func identity(of channel: any Channel) -> CallerIdentity? {
        state.withLock { $0.entries[ObjectIdentifier(channel)]?.identity }
    }

    /// Connections open now.
    public var count: Int { state.withLock { $0.entries.count } }

    /// What to log about connections closed to make room or refused, at most once a minute: a flood must
    /// not flood the journal too (and a log line written on the event loop must not wait on a full pipe).
    public struct Report: Sendable, Equatable {
        public let closed: Int
        public let refused: Int
        public let open: Int
    }

    /// Counts `closed` and `refused` connections; returns the counts since the last report when a minute
    /// has passed since it (or there was none).
    public func note(closed: Int, refused: Int, now: ContinuousClock.Instant = .now) -> Report? {
        state.withLock { state in
            state.closedUnreported += closed
            state.refusedUnreported += refused
            guard state.closedUnreported + state.refusedUnreported > 0 else { return nil }
            if let last = state.lastReport, now - last < .seconds(60) { return nil }
            defer {
                state.closedUnreported = 0
                state.refusedUnreported = 0
                state.lastReport = now
            }
            return Report(closed: state.closedUnreported, refused: state.refusedUnreported, open: state.entries.count)
        }
    }
}
