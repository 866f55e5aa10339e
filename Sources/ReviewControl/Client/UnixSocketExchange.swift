import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP/1.1 request and its answer over a fresh connection to a Unix domain socket, on SwiftNIO:
/// connect, write head and body, collect the answer until its end, close. Connection failures become
/// ``ControlError/unreachable(path:reason:)``; a broken answer becomes ``ControlError/badResponse(_:)``.
struct UnixSocketExchange {
    /// Answers larger than this are refused rather than held in memory.
    static let maxBodyBytes = 64 << 20

    let socketPath: String
    let group: any EventLoopGroup
    let connectTimeout: TimeAmount

    /// The chunk size a body file is sent in.
    static let fileChunkBytes = 1 << 20

    func run(head: HTTPRequestHead, body: ByteBuffer?, bodyFile: FileHandle? = nil) async throws -> AdminResponse {
        let channel = try await connect()
        return try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(.head(head))
            if let body, body.readableBytes > 0 { try await outbound.write(.body(.byteBuffer(body))) }
            if let bodyFile {
                while let chunk = try bodyFile.read(upToCount: Self.fileChunkBytes), !chunk.isEmpty {
                    try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: chunk))))
                }
            }
            try await outbound.write(.end(nil))
            return try await Self.collect(inbound)
        }
    }

    func connect() async throws -> NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart> {
        do {
            return try await ClientBootstrap(group: group)
                .connectTimeout(connectTimeout)
                .connect(unixDomainSocketPath: socketPath) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(
                            wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw ControlError.unreachable(path: socketPath, reason: ConnectFailure.reason(for: error))
        }
    }

    private static func collect(_ inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>) async throws
        -> AdminResponse
    {
        var head: HTTPResponseHead?
        var body = ByteBuffer()
        for try await part in inbound {
            switch part {
            case .head(let received):
                // An informational (1xx) head comes before the real one; start over at the next.
                head = received.status.code < 200 ? nil : received
                body.clear()
            case .body(var chunk):
                guard body.readableBytes + chunk.readableBytes <= maxBodyBytes else {
                    throw ControlError.badResponse("answer larger than \(maxBodyBytes >> 20) MiB")
                }
                body.writeBuffer(&chunk)
            case .end:
                guard let head else { continue }
                return AdminResponse(status: Int(head.status.code),
                                     headers: head.headers.map { (name: $0.name, value: $0.value) },
                                     body: Data(body.readableBytesView))
            }
        }
        throw ControlError.badResponse("the connection closed before a complete answer")
    }
}
