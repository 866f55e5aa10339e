#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import ReviewAPI

/// The admin socket's connection handler, one per connection, placed after HTTP decoding: it reads the
/// peer's credentials once, asks ``ConnectionRegistry`` whether the connection may stay (closing the
/// longest-idle ones past the limits, or refusing this one with 503), tells it when a request starts and
/// ends, and answers an HTTP request it cannot parse (garbage, a bad `Content-Length`, headers over the
/// limit) with a 400 problem document rather than an empty body.
final class ConnectionGuardHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let registry: ConnectionRegistry
    let logger: Logger
    private var registered = false
    /// A request's header has been passed on and its answer not yet written.
    private var inRequest = false
    /// Answered and closing (refused, or unparsable): nothing more goes on to the routes.
    private var closing = false

    init(registry: ConnectionRegistry, logger: Logger) {
        self.registry = registry
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { register(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        register(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        registry.remove(context.channel)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        if case .head = unwrapInboundIn(data) {
            inRequest = true
            registry.setBusy(context.channel, true)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd: Bool
        if case .end = unwrapOutboundIn(data) { isEnd = true } else { isEnd = false }
        context.write(data, promise: promise)
        if isEnd {
            inRequest = false
            registry.setBusy(context.channel, false)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // Between requests, a parse error is ours to answer. Within one, the route sees it (its body
        // fails) and answers; passing it on lets Hummingbird end the connection.
        guard !inRequest, error is HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        logger.debug("unparsable request", metadata: ["error": "\(error)"])
        let problem = ProblemDetails(status: 400, title: "Bad request",
                                     detail: "the request could not be read as HTTP/1.1 (\(Self.describe(error)))")
        answer(context, problem)
    }

    private func register(_ context: ChannelHandlerContext) {
        guard !registered else { return }
        registered = true
        guard let provider = context.channel as? any SocketOptionProvider else {
            admit(context, identity: nil)
            return
        }
        let future: EventLoopFuture<PeerCredentials.UCred> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        future.assumeIsolated().whenComplete { result in
            let identity = (try? result.get()).map { PeerCredentials.identity(uid: $0.uid, gid: $0.gid, pid: $0.pid) }
            self.admit(context, identity: identity)
        }
    }

    private func admit(_ context: ChannelHandlerContext, identity: CallerIdentity?) {
        let report: ConnectionRegistry.Report?
        switch registry.admit(context.channel, identity: identity) {
        case .admitted(let closing):
            for channel in closing { channel.close(promise: nil) }
            report = closing.isEmpty ? nil : registry.note(closed: closing.count, refused: 0)
        case .refused(let reason):
            answer(context, ProblemDetails(status: 503, title: "Too many connections",
                                           detail: "\(reason); try again shortly"))
            report = registry.note(closed: 0, refused: 1)
        }
        if let report {
            logger.warning("too many admin connections: closed the longest idle to make room, refused when none was idle",
                           metadata: ["closed": "\(report.closed)", "refused": "\(report.refused)", "open": "\(report.open)",
                                      "limits": "\(registry.maxConnections) in all, \(registry.maxConnectionsPerUID) per uid"])
        }
    }

    /// Writes `problem` as the whole answer and closes the connection.
    private func answer(_ context: ChannelHandlerContext, _ problem: ProblemDetails) {
        closing = true
        let body = (try? APICoding.encoder().encode(problem)) ?? Data()
        var fields = HTTPFields()
        fields[.contentType] = ProblemDetails.mediaType
        fields[.contentLength] = String(body.count)
        fields[.connection] = "close"
        let head = HTTPResponse(status: HTTPResponse.Status(code: problem.status), headerFields: fields)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(context.channel.allocator.buffer(bytes: body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error as? HTTPParserError {
        case .headerOverflow?: "the header is too large"
        case .invalidContentLength?, .unexpectedContentLength?: "a bad Content-Length"
        case .invalidMethod?, .invalidURL?, .invalidVersion?, .invalidConstant?: "a malformed request line"
        default: "\(error)"
        }
    }
}
