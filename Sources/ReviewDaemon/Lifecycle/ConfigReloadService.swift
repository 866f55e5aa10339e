public import Logging
import ReviewCore
public import ReviewStore
public import ServiceLifecycle
import UnixSignals

/// Reloads the config file on SIGHUP (`systemctl reload ehc-reviewd`): applies what can change at run time
/// (digest time and recipients, mail settings, the `due_soon` window), logs each changed key, and says
/// which changes wait for a restart. A file that no longer passes the checks is logged key by key and
/// ignored: the daemon keeps running on the config it has.
public struct ConfigReloadService: ServiceLifecycle.Service, CustomStringConvertible {
    /// ServiceLifecycle logs services by their description: never the environment, which may hold secrets.
    public var description: String { "ConfigReloadService(\(live.path ?? "demo defaults"))" }

    let live: LiveConfig
    let store: ReviewStore
    let environment: [String: String]
    let notifier: SystemdNotifier
    let logger: Logger
    /// Called after a reload was applied, so the scheduler can look again (a new digest time, say).
    let onApplied: @Sendable () -> Void

    public init(live: LiveConfig, store: ReviewStore, environment: [String: String], notifier: SystemdNotifier,
                logger: Logger, onApplied: @escaping @Sendable () -> Void) {
        self.live = live
        self.store = store
        self.environment = environment
        self.notifier = notifier
        self.logger = logger
        self.onApplied = onApplied
    }

    public func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            await reload()
        }
    }

    /// Reads the file again and applies what it can. Public so that an admin command can trigger it too.
    public func reload() async {
        guard let path = live.path else {
            logger.notice("SIGHUP ignored: the demo runs on embedded defaults, there is no file to reload")
            return
        }
        try? notifier.reloading()
        defer { try? notifier.ready(status: "Reloaded configuration") }
        switch await ConfigLoader.load(path: path, environment: environment) {
        case .failure(let problems):
            for problem in problems.problems {
                logger.error("configuration not reloaded", metadata: ["key": "\(problem.field)", "problem": "\(problem.reason)"])
            }
        case .success(let new):
            let old = live.value
            let plan = old.reloadPlan(to: new)
            // What needs a restart stays as it was, so the running daemon stays consistent with itself.
            let applied = old.applyingRuntimeChanges(from: new)
            store.noticesUseFullNames = applied.mail.fullNames
            store.documentPolicy = applied.documentPolicy
            store.iassContact = applied.family.iassContact
            do {
                try store.apply(settings: applied.rules)
            } catch {
                logger.error("rule settings not applied", metadata: ["problem": "\(error)"])
            }
            live.replace(with: applied)
            if plan.applied.isEmpty && plan.needsRestart.isEmpty {
                logger.info("configuration reloaded: nothing changed")
            }
            for key in plan.applied {
                logger.notice("configuration reloaded", metadata: ["key": "\(key)", "effect": "applied now"])
            }
            for key in plan.needsRestart {
                logger.warning("configuration changed", metadata: ["key": "\(key)", "effect": "applies after a restart"])
            }
            onApplied()
        }
    }
}
