public import Hummingbird
public import NIOCore

/// The request context of the admin API: Hummingbird's core context, the connection it came on, and
/// the caller's identity, which ``CallerIdentityMiddleware`` reads from the connection's peer
/// credentials (never from anything the caller sends).
public struct AdminRequestContext: RequestContext {
    public typealias Source = ApplicationRequestContextSource

    public var coreContext: CoreRequestContextStorage
    public let channel: (any Channel)?
    /// `nil` until read, or when the credentials could not be read: every route then refuses the request.
    public var caller: CallerIdentity?

    public init(source: Source) {
        coreContext = .init(source: source)
        channel = source.channel
        caller = nil
    }

    /// For tests without a socket: a context with a given caller.
    public init(source: Source, caller: CallerIdentity?) {
        self.init(source: source)
        self.caller = caller
    }

    /// Request bodies are capped at 1 MiB (DESIGN §3); larger ones get 413.
    public var maxUploadSize: Int { 1 << 20 }
}
