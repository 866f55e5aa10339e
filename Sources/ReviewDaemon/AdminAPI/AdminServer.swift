import Foundation
import Hummingbird
import HummingbirdCore
public import Logging
import NIOHTTP1
import NIOPosix
import ReviewCore
public import ServiceLifecycle

/// The admin API on `socket.path`: HTTP/1.1 + JSON over a Unix socket, served by Hummingbird's HTTP/1.1
/// server, which the daemon adds to its `ServiceGroup` as a service of its own.
///
/// ``prepare(_:)`` runs before anything starts: it refuses a missing socket folder or a live daemon on the
/// path, and replaces a stale socket file. Once bound, the socket is opened to `socket.group` and
/// ``ReadinessGate`` is told (systemd's READY=1 waits for it); a bind that fails ends the server's
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

    /// The service serving `environment` on `socket`: header and idle timeouts, the connection guard, and
    /// the socket's mode and group set once it listens.
    ///
    /// Hummingbird's server is built directly (its `HTTPServerBuilder` and the router's responder) rather
    /// than through `Application`, whose date cache ticks every second: an idle daemon does not wake up.
    public static func application(environment: AdminEnvironment, socket: SocketSettings, gate: ReadinessGate,
                                   logger: Logger) throws -> any Service {
        let path = socket.path
        let group = socket.group
        let registry = environment.connections
        let responder = AdminRoutes.router(environment).buildResponder()
        let builder = HTTPServerBuilder.http1(configuration: HTTP1Channel.Configuration(
            additionalChannelHandlers: [ConnectionGuardHandler(registry: registry, logger: logger)],
            idleTimeout: .seconds(Int64(socket.idleTimeoutSeconds))))
        return try builder.buildServer(
            configuration: ServerConfiguration(address: .unixDomainSocket(path: path), serverName: nil),
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: logger,
            responder: { request, writer, channel in
                let context = AdminRequestContext(source: ApplicationRequestContextSource(channel: channel, logger: logger))
                var response: Response
                do {
                    response = try await responder.respond(to: request, context: context)
                } catch let error as HTTPParserError {
                    throw error
                } catch {
                    // ProblemMiddleware answers every error a route throws; this is a last resort.
                    response = ProblemResponse.response(for: ProblemResponse.problem(for: error))
                }
                response.headers[.date] = HTTPDateHeader.value(for: Date())
                if let zone = HTTPTimeZoneHeader.name {
                    response.headers[zone] = environment.live.value.timeZone.identifier
                }
                try await writer.write(response: response.head, body: response.body)
            },
            onServerRunning: { _ in
                do {
                    try SocketFile.open(path: path, group: group)
                    logger.notice("admin socket listening", metadata: ["path": "\(path)", "group": "\(group)"])
                    gate.open()
                } catch {
                    logger.critical("admin socket not usable", metadata: ["error": "\(error)"])
                    gate.fail("\(error)")
                }
            })
    }

    /// After the service group has stopped: the refusal counts still in memory are written and the socket
    /// file is removed.
    public static func finish(_ environment: AdminEnvironment, socket: SocketSettings) async {
        await environment.flushAudit()
        unlink(socket.path)
    }
}
