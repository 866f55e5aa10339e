public import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The admin API's client: HTTP/1.1 over the daemon's Unix domain socket, one connection per request
/// (`Connection: close`), on SwiftNIO's shared event loop group. Every failure is a ``ControlError``.
///
/// ```swift
/// let client = AdminClient(socketPath: "/run/ehc-review/admin.sock")
/// let status: StatusView = try await client.get("/v1/status")
/// let response = try await client.send(method: "POST", path: "/v1/notices/12/retry", idempotencyKey: key)
/// ```
public struct AdminClient: Sendable {
    public let socketPath: String
    /// How long one request may take in all, connecting included.
    public let timeout: Duration

    public init(socketPath: String, timeout: Duration = .seconds(30)) {
        self.socketPath = socketPath
        self.timeout = timeout
    }

    /// Sends one request and returns the answer whatever its status (use ``AdminResponse/checked()``).
    public func send(method: String, path: String, query: [String: String] = [:], body: Data? = nil,
                     idempotencyKey: String? = nil) async throws(ControlError) -> AdminResponse {
        try await send(AdminRequest(method: method, path: path, query: query, body: body,
                                    idempotencyKey: idempotencyKey))
    }

    /// Sends a prepared request and returns the answer whatever its status.
    public func send(_ request: AdminRequest) async throws(ControlError) -> AdminResponse {
        let exchange = UnixSocketExchange(socketPath: socketPath, group: MultiThreadedEventLoopGroup.singleton,
                                          connectTimeout: .nanoseconds(timeout.nanosecondsClamped))
        let body = request.body.map { ByteBuffer(bytes: $0) }
        var file: FileHandle?
        var length: Int?
        if let path = request.bodyFile {
            do {
                let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
                file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                length = size
            } catch {
                throw .noInput(path: path, reason: "cannot be read")
            }
        }
        defer { try? file?.close() }
        let head = RequestHead.make(for: request, bodyLength: length)
        let upload = file.map(SendableFile.init)
        do {
            return try await withDeadline(request.timeout ?? timeout) {
                try await exchange.run(head: head, body: body, bodyFile: upload?.handle)
            }
        } catch let error as ControlError {
            throw error
        } catch {
            throw .badResponse("the connection failed: \(error)")
        }
    }

    /// Runs `operation`, or gives up with ``ControlError/unreachable(path:reason:)`` after `limit`.
    private func withDeadline<Value: Sendable>(_ limit: Duration,
                                               _ operation: @escaping @Sendable () async throws -> Value)
        async throws -> Value
    {
        let path = socketPath
        return try await withThrowingTaskGroup(of: Value.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: limit)
                throw ControlError.unreachable(path: path, reason: "no answer within \(limit.spoken)")
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else {
                throw ControlError.badResponse("the request ended without an answer")
            }
            return first
        }
    }
}

/// The request deadline in NIO's units and in words.
extension Duration {
    var nanosecondsClamped: Int64 {
        let (seconds, attoseconds) = components
        guard seconds < Int64.max / 1_000_000_000 else { return .max }
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// `30 s`, or `300 ms` under a second.
    var spoken: String {
        let (seconds, attoseconds) = components
        return seconds >= 1 ? "\(seconds) s" : "\(attoseconds / 1_000_000_000_000_000) ms"
    }
}

/// A file handle handed to the task that sends it; only that task reads it.
private struct SendableFile: @unchecked Sendable {
    let handle: FileHandle
}
