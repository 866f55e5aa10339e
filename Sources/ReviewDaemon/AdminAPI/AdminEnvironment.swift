public import Foundation
public import ReviewCore
public import ReviewStore

/// What the admin API's handlers need: the store, the config in force, the clock, and a way to ask the
/// scheduler to look again after a change.
public struct AdminEnvironment: Sendable {
    public let store: ReviewStore
    public let live: LiveConfig
    public let clock: any WallClock
    /// The gid of `socket.admin_group`, or `nil` if no such group exists (then only root may write).
    public let adminGroupID: UInt32?
    /// When the scheduler will next wake, for `GET /v1/status`.
    public let nextWake: @Sendable () -> Date?
    /// Called after every successful write.
    public let onChange: @Sendable () -> Void
    /// The largest import file accepted, in bytes (``ImportSpool/defaultLimit``).
    public let importLimit: Int
    let idempotency = IdempotencyLocks()
    /// Refused writes, counted per caller and minute.
    let refusals: RefusalLedger
    /// The open connections, their callers and the limits on them.
    public let connections: ConnectionRegistry

    public init(store: ReviewStore, live: LiveConfig, clock: any WallClock, adminGroupID: UInt32?,
                nextWake: @escaping @Sendable () -> Date? = { nil }, onChange: @escaping @Sendable () -> Void = {},
                importLimit: Int = ImportSpool.defaultLimit) {
        let socket = live.value.socket
        self.connections = ConnectionRegistry(maxConnections: socket.maxConnections,
                                              maxConnectionsPerUID: socket.maxConnectionsPerUID)
        self.importLimit = importLimit
        self.store = store
        self.live = live
        self.clock = clock
        self.adminGroupID = adminGroupID
        self.nextWake = nextWake
        self.onChange = onChange
        self.refusals = RefusalLedger(store: store)
    }

    /// Writes refusal counts still held in memory (the admin server calls this as it stops).
    public func flushAudit() async {
        await refusals.flush()
    }

    var calendar: LocalCalendar { LocalCalendar(timeZone: live.value.timeZone) }
    var today: CivilDate { calendar.civilDate(of: clock.now()) }
}
