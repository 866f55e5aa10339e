public import Logging
public import ServiceLifecycle

/// Sends systemd's watchdog keep-alive (`WATCHDOG=1`) for as long as the daemon runs.
///
/// It exists because the unit sets `WatchdogSec=30`: if the daemon hangs, the keep-alive stops and
/// systemd kills and restarts it. The service pings every ``SystemdNotifier/watchdogInterval`` (half of
/// `WATCHDOG_USEC`), starting at once, until graceful shutdown or cancellation, and then returns without
/// throwing. Without a watchdog interval (not under systemd, or no `WatchdogSec=`) it sends nothing and
/// just waits for shutdown.
///
/// A `ServiceGroup` shuts its services down in reverse order, so put this one **first**: it then keeps
/// pinging until every other service has finished draining.
///
/// ```swift
/// let notifier = SystemdNotifier(environment: ProcessInfo.processInfo.environment)
/// let group = ServiceGroup(
///     services: [WatchdogService(notifier: notifier, logger: logger), scheduler, dispatcher],
///     gracefulShutdownSignals: [.sigterm],
///     logger: logger
/// )
/// try await group.run()
/// ```
///
/// A failed ping is logged (the first at `warning`, later ones at `debug`) and never stops the service.
public struct WatchdogService: ServiceLifecycle.Service, CustomStringConvertible {
    private let notifier: SystemdNotifier
    private let interval: Duration?
    private let logger: Logger

    /// Creates the service; `interval` overrides the notifier's ``SystemdNotifier/watchdogInterval``.
    public init(notifier: SystemdNotifier, interval: Duration? = nil, logger: Logger) {
        self.notifier = notifier
        self.interval = interval ?? notifier.watchdogInterval
        self.logger = logger
    }

    /// How `ServiceGroup` names the service in its log lines.
    public var description: String {
        guard let interval, notifier.isEnabled else { return "WatchdogService(off)" }
        return "WatchdogService(every \(interval))"
    }

    public func run() async throws {
        guard let interval, notifier.isEnabled else {
            // Nothing to ping: stay until shutdown, like every other service of the group.
            try? await gracefulShutdown()
            return
        }
        logger.debug("systemd watchdog enabled", metadata: ["interval": "\(interval)"])
        await cancelWhenGracefulShutdown { [notifier, logger] in
            var failures = 0
            while !Task.isCancelled {
                do {
                    try notifier.watchdog()
                } catch {
                    failures += 1
                    logger.log(
                        level: failures == 1 ? .warning : .debug,
                        "could not send the systemd watchdog keep-alive",
                        metadata: ["error": "\(error)", "failures": "\(failures)"]
                    )
                }
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return  // cancelled: graceful shutdown or the group's cancellation
                }
            }
        }
    }
}
