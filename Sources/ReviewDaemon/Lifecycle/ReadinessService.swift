public import Logging
public import ServiceLifecycle

/// Tells systemd where the daemon stands: `READY=1` with a status line once it runs, `STOPPING=1` as
/// soon as a graceful shutdown begins (so `systemctl status` says "stopping" while deliveries finish).
public struct ReadinessService: ServiceLifecycle.Service {
    let notifier: SystemdNotifier
    let status: String
    let logger: Logger

    public init(notifier: SystemdNotifier, status: String, logger: Logger) {
        self.notifier = notifier
        self.status = status
        self.logger = logger
    }

    public func run() async throws {
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
