import Foundation
public import Logging
public import ReviewCore
public import ReviewStore
public import ServiceLifecycle
import UnixSignals

/// Starts and runs the whole daemon: opens and migrates the database, assembles the services into one
/// `ServiceGroup` and runs them until SIGTERM or SIGINT, then closes the database cleanly.
///
/// The executable only parses arguments and calls ``run(config:configPath:environment:logger:)``; tests call
/// ``start(config:configPath:environment:clock:timer:logger:)`` to get the pieces and drive them.
public enum Daemon {
    /// The assembled daemon, before it runs.
    public struct Assembly: Sendable {
        public let store: ReviewStore
        public let scheduler: WakeScheduler
        public let group: ServiceGroup
        public let live: LiveConfig
        /// What the admin API needs after the group stops (``AdminServer/finish(_:socket:)``).
        public let admin: AdminEnvironment
    }

    /// Runs the daemon until a graceful shutdown completes.
    public static func run(config: DaemonConfig, configPath: String?, environment: [String: String],
                           logger: Logger) async throws {
        let assembly = try await start(config: config, configPath: configPath, environment: environment,
                                       clock: SystemClock(), timer: DispatchWakeTimer(), logger: logger)
        do {
            try await assembly.group.run()
        } catch {
            await AdminServer.finish(assembly.admin, socket: config.socket)
            throw error
        }
        await AdminServer.finish(assembly.admin, socket: config.socket)
        try assembly.store.close()
        logger.notice("stopped cleanly; database closed")
    }

    /// Opens the store and builds the services, without running them.
    public static func start(config: DaemonConfig, configPath: String?, environment: [String: String],
                             clock: any WallClock, timer: any WakeTimer, logger: Logger) async throws -> Assembly {
        let notifier = SystemdNotifier(environment: environment)
        try AdminServer.prepare(config.socket)
        try? notifier.status("Opening the database")
        let started = ContinuousClock.now
        let store: ReviewStore
        do {
            store = try ReviewStore(path: config.database, clock: clock, timeZone: config.timeZone, settings: config.rules)
        } catch let error as StoreError {
            if case .newerSchema = error { throw ConfigProblems([FieldError(field: "database", reason: error.description)]) }
            throw error
        }
        store.noticesUseFullNames = config.mail.fullNames
        store.documentPolicy = config.documentPolicy
        store.iassContact = config.family.iassContact
        let folder = URL(fileURLWithPath: config.database).deletingLastPathComponent()
        let spools = ImportSpool.clearStale(in: folder)
        if spools > 0 {
            logger.warning("removed the spool files of imports interrupted by the last stop (nothing of them was applied)",
                           metadata: ["count": "\(spools)"])
        }
        let backups = BackupRoutes.clearStale(in: folder)
        if backups > 0 {
            logger.warning("removed the temporary copies of backups interrupted by the last stop", metadata: ["count": "\(backups)"])
        }
        let rescued = try await store.rescueSendingNotices(now: clock.now())
        if rescued > 0 {
            logger.warning("notices interrupted by the last stop will be sent again", metadata: ["count": "\(rescued)"])
        }
        let calendar = LocalCalendar(timeZone: config.timeZone)
        let live = LiveConfig(config, path: configPath)
        let transitions = DeadlineTransitionSource(store: store, calendar: calendar,
                                                   logger: logger.with(label: "ehc-reviewd.deadlines"))
        let mail = MailTransports(live: live, store: store)
        let outbox = OutboxDispatcher(store: store, clock: clock, mail: { mail.current() },
                                      delivery: { live.value.mail.delivery },
                                      logger: logger.with(label: "ehc-reviewd.outbox"))
        let digest = DigestSource(store: store, logger: logger.with(label: "ehc-reviewd.digest")) {
            let config = live.value
            return (DigestSchedule(at: config.digest.at, calendar: LocalCalendar(timeZone: config.timeZone)),
                    config.digest.recipients)
        }
        // The digest before the outbox: the messages it queues go out in the same pass.
        let scheduler = WakeScheduler(sources: [transitions, digest, outbox], clock: clock, timer: timer,
                                      logger: logger.with(label: "ehc-reviewd.scheduler"))
        let reload = ConfigReloadService(live: live, store: store, environment: environment, notifier: notifier,
                                         logger: logger.with(label: "ehc-reviewd.config"),
                                         onApplied: { scheduler.poke() })
        let summary = try await StatusSummary.read(from: store, today: calendar.civilDate(of: clock.now()))
        let elapsed = ContinuousClock.now - started
        logger.notice("database open", metadata: [
            "path": "\(config.database)", "plans": "\(summary.plans)", "late": "\(summary.late)",
            "open_ms": "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)",
        ])
        // ServiceGroup shuts services down in reverse order: the watchdog, first here, keeps pinging until
        // the scheduler has finished its pass.
        let gate = ReadinessGate()
        let adminEnvironment = AdminEnvironment(store: store, live: live, clock: clock,
                                                adminGroupID: PeerCredentials.groupID(named: config.socket.adminGroup),
                                                nextWake: { scheduler.nextWake }, onChange: { scheduler.poke() })
        let admin = try AdminServer.application(environment: adminEnvironment, socket: config.socket, gate: gate,
                                            logger: logger.with(label: "ehc-reviewd.admin"))
        if PeerCredentials.groupID(named: config.socket.adminGroup) == nil {
            logger.warning("socket.admin_group does not exist: only root may change data",
                           metadata: ["group": "\(config.socket.adminGroup)"])
        }
        let services: [any ServiceLifecycle.Service] = [
            WatchdogService(notifier: notifier, logger: logger.with(label: "ehc-reviewd.watchdog")),
            scheduler,
            reload,
            admin,
            ReadinessService(notifier: notifier, status: summary.line, gate: gate, logger: logger),
        ]
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: services.map {
                ServiceGroupConfiguration.ServiceConfiguration(service: $0,
                                                               successTerminationBehavior: .gracefullyShutdownGroup)
            },
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        return Assembly(store: store, scheduler: scheduler, group: group, live: live, admin: adminEnvironment)
    }
}

extension Logger {
    /// A copy with another label and the same level, for one part of the daemon.
    func with(label: String) -> Logger {
        var copy = Logger(label: label)
        copy.logLevel = logLevel
        return copy
    }
}
