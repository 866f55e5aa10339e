import NIOCore
import NIOPosix

extension AdminClient {
    /// Sends a `GET` and streams a successful answer's body to `sink` as it arrives; returns the answer's
    /// status and headers (and, for an error status, its body). Gives up when nothing has arrived for
    /// ``timeout``: an export may take minutes, but not minutes of silence.
    ///
    /// Throws a ``ControlError``, or whatever `sink` throws (a full disk is not the daemon's fault).
    func download(_ request: AdminRequest, into sink: @escaping @Sendable (ByteBuffer) throws -> Void)
        async throws -> AdminResponse
    {
        let exchange = UnixSocketExchange(socketPath: socketPath, group: MultiThreadedEventLoopGroup.singleton,
                                          connectTimeout: .nanoseconds(timeout.nanosecondsClamped))
        let head = RequestHead.make(for: request)
        let activity = ActivityClock()
        let (idle, path) = (timeout, socketPath)
        do {
            return try await withThrowingTaskGroup(of: AdminResponse?.self) { group in
                group.addTask { try await exchange.download(head: head, activity: activity, into: sink) }
                group.addTask {
                    try await activity.watch(idle: idle, path: path)
                    return nil
                }
                defer { group.cancelAll() }
                while let finished = try await group.next() {
                    if let response = finished { return response }
                }
                throw ControlError.badResponse("the request ended without an answer")
            }
        } catch let error as ControlError {
            throw error
        } catch let error as OutputFileError {
            throw error
        } catch {
            throw ControlError.badResponse("the connection failed: \(error)")
        }
    }
}
