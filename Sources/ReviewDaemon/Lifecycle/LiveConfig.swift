import Synchronization

/// The configuration in force, shared by the services: replaced as a whole on SIGHUP, read as a whole
/// (so a service never sees half an old config and half a new one).
public final class LiveConfig: Sendable {
    private let current: Mutex<DaemonConfig>
    /// Where it was read from, for reloads; `nil` for the demo's embedded defaults.
    public let path: String?

    public init(_ config: DaemonConfig, path: String?) {
        current = Mutex(config)
        self.path = path
    }

    public var value: DaemonConfig { current.withLock { $0 } }

    func replace(with config: DaemonConfig) {
        current.withLock { $0 = config }
    }
}
