#if canImport(Glibc)
import Glibc
#endif
public import Hummingbird
import NIOCore

/// Reads each connection's peer credentials (`SO_PEERCRED`: pid, uid, gid) and the user's groups, and
/// puts the caller's identity in the request context. A connection whose credentials cannot be read
/// keeps no identity and is refused by ``AccessMiddleware`` (fail closed).
public struct CallerIdentityMiddleware: RouterMiddleware {
    public typealias Context = AdminRequestContext

    /// Tests on Hummingbird's in-process client have no socket: they can name the caller here.
    let fixedCaller: CallerIdentity?
    /// Where ``ConnectionGuardHandler`` put each connection's identity when it connected.
    let connections: ConnectionRegistry?

    public init(fixedCaller: CallerIdentity? = nil, connections: ConnectionRegistry? = nil) {
        self.fixedCaller = fixedCaller
        self.connections = connections
    }

    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let fixedCaller {
            context.caller = fixedCaller
        } else if let channel = context.channel, let known = connections?.identity(of: channel) {
            // Read once per connection, not per request (the group lookup reads /etc/group).
            context.caller = known
        } else if let provider = context.channel as? any SocketOptionProvider {
            let future: EventLoopFuture<PeerCredentials.UCred> = provider.unsafeGetSocketOption(
                level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
            let credentials = try? await future.get()
            context.caller = credentials.map { PeerCredentials.identity(uid: $0.uid, gid: $0.gid, pid: $0.pid) }
        }
        return try await next(request, context)
    }
}
