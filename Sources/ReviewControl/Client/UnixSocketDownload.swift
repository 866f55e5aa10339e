import Foundation
import NIOCore
import NIOHTTP1

/// A download over the admin socket: like ``UnixSocketExchange/run(head:body:)``, but a successful answer's
/// body goes to `sink` a chunk at a time as it arrives, never held whole, so a 640,000-row export costs the
/// client one chunk of memory. An error answer is still collected (it is a small problem+json) so that
/// ``AdminResponse/checked()`` can read it.
extension UnixSocketExchange {
    /// Error answers larger than this are cut: a problem is a few hundred bytes.
    static let maxErrorBodyBytes = 1 << 20

    func download(head: HTTPRequestHead, activity: ActivityClock,
                  into sink: @escaping @Sendable (ByteBuffer) throws -> Void) async throws -> AdminResponse {
        let channel = try await connect()
        return try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(.head(head))
            try await outbound.write(.end(nil))
            var answer: HTTPResponseHead?
            var errorBody = ByteBuffer()
            for try await part in inbound {
                activity.touch()
                switch part {
                case .head(let received):
                    answer = received.status.code < 200 ? nil : received
                    errorBody.clear()
                case .body(var chunk):
                    guard let answer else { continue }
                    if (200..<300).contains(answer.status.code) {
                        try sink(chunk)
                    } else if errorBody.readableBytes < Self.maxErrorBodyBytes {
                        errorBody.writeBuffer(&chunk)
                    }
                case .end:
                    guard let answer else { continue }
                    return AdminResponse(status: Int(answer.status.code),
                                         headers: answer.headers.map { (name: $0.name, value: $0.value) },
                                         body: Data(errorBody.readableBytesView))
                }
            }
            throw ControlError.badResponse("the connection closed before the whole answer came")
        }
    }
}
