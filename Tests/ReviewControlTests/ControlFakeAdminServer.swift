import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A stand-in for the daemon's admin socket in ehc-reviewctl's tests: an HTTP/1.1 server on a Unix socket in
/// a fresh temporary folder that records each request and answers with a canned reply (or not at all).
struct ControlFakeAdminServer {
    /// What the fake answers.
    enum Reply: Sendable {
        case answer(status: Int, contentType: String?, body: String)
        /// A JSON list with a `Link` header naming the next page.
        case list(body: String, next: String)
        /// Reads the request and never answers (for timeouts).
        case silence
        /// Announces `body` and more, sends `body`, and hangs up (a daemon that fails mid-export).
        case truncated(body: String)
        /// The first reply to the first request, the second to the second, and so on (the last repeats).
        indirect case inTurn([Reply])

        static func json(_ body: String, status: Int = 200) -> Reply {
            .answer(status: status, contentType: "application/json", body: body)
        }

        static func problem(status: Int, title: String, detail: String, field: String? = nil) -> Reply {
            let fieldJSON = field.map { #","field":"\#($0)""# } ?? ""
            return .answer(status: status, contentType: "application/problem+json",
                           body: #"{"type":"about:blank","title":"\#(title)","status":\#(status),"#
                               + #""detail":"\#(detail)"\#(fieldJSON)}"#)
        }
    }

    /// One request as the fake received it.
    struct Recorded: Sendable {
        var method: String
        var uri: String
        var headers: [(name: String, value: String)]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    /// The requests received so far.
    final class Recorder: Sendable {
        private let requests = Mutex<[Recorded]>([])

        func append(_ request: Recorded) { requests.withLock { $0.append(request) } }

        var all: [Recorded] { requests.withLock { $0 } }
    }

    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// Runs `body` with the path of a listening socket, then stops the server and removes its folder.
    static func with<Result: Sendable>(
        reply: Reply, _ body: @Sendable (_ socketPath: String, _ recorder: Recorder) async throws -> Result
    ) async throws -> Result {
        let folder = "/tmp/ehc-ctl-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/admin.sock"
        let recorder = Recorder()
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(unixDomainSocketPath: path) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await server.executeThenClose { connections in
                    try await withThrowingDiscardingTaskGroup { handlers in
                        for try await connection in connections {
                            handlers.addTask { try? await serve(connection, reply: reply, recorder: recorder) }
                        }
                        handlers.cancelAll()
                    }
                }
            }
            let result: Result
            do {
                result = try await body(path, recorder)
            } catch {
                server.channel.close(promise: nil)
                group.cancelAll()
                throw error
            }
            server.channel.close(promise: nil)
            group.cancelAll()
            try? await group.waitForAll()
            return result
        }
    }

    private static func serve(_ connection: Connection, reply: Reply, recorder: Recorder) async throws {
        try await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body = Data()
            for try await part in inbound {
                switch part {
                case .head(let received): head = received
                case .body(let chunk): body.append(contentsOf: chunk.readableBytesView)
                case .end:
                    guard let head else { return }
                    recorder.append(Recorded(method: head.method.rawValue, uri: head.uri,
                                             headers: head.headers.map { (name: $0.name, value: $0.value) },
                                             body: body))
                    let status: Int, contentType: String?, text: String
                    var headers = HTTPHeaders()
                    var reply = reply
                    if case .inTurn(let replies) = reply, let last = replies.last {
                        reply = replies.count >= recorder.all.count ? replies[recorder.all.count - 1] : last
                    }
                    switch reply {
                    case .answer(let code, let type, let body):
                        (status, contentType, text) = (code, type, body)
                    case .list(let body, let next):
                        (status, contentType, text) = (200, "application/json", body)
                        headers.add(name: "Link", value: "<\(next)>; rel=\"next\"")
                    case .silence:
                        try await Task.sleep(for: .seconds(60))
                        return
                    case .truncated(let body):
                        headers.add(name: "Content-Length", value: String(body.utf8.count + 100))
                        try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers)))
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(string: body))))
                        return
                    case .inTurn:
                        (status, contentType, text) = (500, nil, "nested inTurn replies are not supported")
                    }
                    if let contentType { headers.add(name: "Content-Type", value: contentType) }
                    headers.add(name: "Content-Length", value: String(text.utf8.count))
                    headers.add(name: "Connection", value: "close")
                    try await outbound.write(.head(HTTPResponseHead(version: .http1_1,
                                                                    status: .init(statusCode: status),
                                                                    headers: headers)))
                    try await outbound.write(.body(.byteBuffer(ByteBuffer(string: text))))
                    try await outbound.write(.end(nil))
                    return
                }
            }
        }
    }
}
