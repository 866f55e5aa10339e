public import Logging
public import ServiceLifecycle

/// Tells systemd where the daemon stands: `READY=1` with a status line once the database is open and the
/// admin socket listens, `STOPPING=1` as
/// soon as a graceful shutdown begins (so `systemctl status` says "stopping" while deliveries finish).
public struct ReadinessService: ServiceLifecycle.Service, CustomStringConvertible {
    public var description: String { "ReadinessService" }

    let notifier: SystemdNotifier
    let status: String
    let gate: ReadinessGate
    let logger: Logger

    /// Why the daemon could not become ready.
    public struct NotReady: Error, CustomStringConvertible {
        public let description: String
    }

    public init(notifier: SystemdNotifier, status: String, gate: ReadinessGate = .open(), logger: Logger) {
        self.notifier = notifier
        self.status = status
        self.gate = gate
        self.logger = logger
    }

    public func run() async throws {
        if case .failed(let reason) = await gate.wait() {
            throw NotReady(description: reason)
        }
        do {
            try notifier.ready(status: status)
        } catch {
            logger.warning("could not notify systemd", metadata: ["error": "\(error)"])
        }
        logger.notice("ready", metadata: ["status": "\(status)"])
        try? await gracefulShutdown()
        logger.notice("stopping: finishing work in progress")
        try? notifier.stopping()
    }
}
