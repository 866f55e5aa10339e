import Foundation
import Hummingbird
import HummingbirdCore
import ReviewCore
public import Logging
public import ServiceLifecycle

/// The admin API on `socket.path`: HTTP/1.1 + JSON over a Unix socket, a `Service` in the daemon's group.
/// It refuses to start beside a live daemon, replaces a stale socket file, opens the socket to
/// `socket.group` once bound, and tells ``ReadinessGate`` when it listens (systemd's READY=1 waits for it).
public struct AdminServer: ServiceLifecycle.Service, CustomStringConvertible {
    public var description: String { "AdminServer(\(socket.path))" }

    let environment: AdminEnvironment
    let socket: SocketSettings
    let gate: ReadinessGate
    let logger: Logger

    public init(environment: AdminEnvironment, socket: SocketSettings, gate: ReadinessGate, logger: Logger) {
        self.environment = environment
        self.socket = socket
        self.gate = gate
        self.logger = logger
    }

    /// Checks the socket path before the daemon starts, so that a missing folder (``ConfigProblems`` naming
    /// `socket.path`: exit 78) or a second daemon stops the start at once with a clear message instead of
    /// failing inside the service group.
    public static func prepare(_ socket: SocketSettings) throws {
        if let problem = PathCheck.writableFolderProblem(PathCheck.parentFolder(of: socket.path)) {
            throw ConfigProblems([FieldError(field: "socket.path", reason: "\(socket.path) cannot be created: \(problem)")])
        }
        try SocketFile.clearStale(at: socket.path)
    }

    public func run() async throws {
        let path = socket.path
        let group = socket.group
        let gate = gate
        let logger = logger
        let registry = environment.connections
        let connectionLogger = logger
        let app = Application(
            router: AdminRoutes.router(environment),
            server: .http1(configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [ConnectionGuardHandler(registry: registry, logger: connectionLogger)],
                idleTimeout: .seconds(Int64(socket.idleTimeoutSeconds)))),
            configuration: ApplicationConfiguration(address: .unixDomainSocket(path: path), serverName: nil),
            onServerRunning: { _ in
                do {
                    try SocketFile.open(path: path, group: group)
                    logger.notice("admin socket listening", metadata: ["path": "\(path)", "group": "\(group)"])
                    gate.open()
                } catch {
                    logger.critical("admin socket not usable", metadata: ["error": "\(error)"])
                    gate.fail("\(error)")
                }
            },
            logger: logger)
        do {
            try await app.runService()
            await environment.flushAudit()
        } catch {
            await environment.flushAudit()
            // A bind that fails never calls onServerRunning: say so, or READY=1 would wait for ever.
            gate.fail("the admin socket \(path) could not be opened: \(error)")
            throw error
        }
        unlink(path)
    }
}
