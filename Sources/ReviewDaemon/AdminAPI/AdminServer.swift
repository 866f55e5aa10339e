import Foundation
public import Hummingbird
import HummingbirdCore
public import Logging
import ReviewCore

/// The admin API on `socket.path`: HTTP/1.1 + JSON over a Unix socket, served by a Hummingbird
/// `Application` that the daemon adds to its `ServiceGroup` as a service of its own.
///
/// ``prepare(_:)`` runs before anything starts: it refuses a missing socket folder or a live daemon on the
/// path, and replaces a stale socket file. Once bound, the socket is opened to `socket.group` and
/// ``ReadinessGate`` is told (systemd's READY=1 waits for it); a bind that fails ends the application's
/// `run()` with the error, the group stops, and the gate's waiter is released by the cancellation.
/// ``finish(_:socket:)`` runs after the group has stopped.
public enum AdminServer {
    /// Checks the socket path before the daemon starts, so that a missing folder (``ConfigProblems`` naming
    /// `socket.path`: exit 78) or a second daemon stops the start at once with a clear message instead of
    /// failing inside the service group.
    public static func prepare(_ socket: SocketSettings) throws {
        if let problem = PathCheck.writableFolderProblem(PathCheck.parentFolder(of: socket.path)) {
            throw ConfigProblems([FieldError(field: "socket.path", reason: "\(socket.path) cannot be created: \(problem)")])
        }
        try SocketFile.clearStale(at: socket.path)
    }

    /// The application serving `environment` on `socket`: header and idle timeouts, the connection guard,
    /// and the socket's mode and group set once it listens.
    public static func application(environment: AdminEnvironment, socket: SocketSettings, gate: ReadinessGate,
                                   logger: Logger) -> some ApplicationProtocol {
        let path = socket.path
        let group = socket.group
        let registry = environment.connections
        return Application(
            router: AdminRoutes.router(environment),
            server: .http1(configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [ConnectionGuardHandler(registry: registry, logger: logger)],
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
    }

    /// After the service group has stopped: the refusal counts still in memory are written and the socket
    /// file is removed.
    public static func finish(_ environment: AdminEnvironment, socket: SocketSettings) async {
        await environment.flushAudit()
        unlink(socket.path)
    }
}
