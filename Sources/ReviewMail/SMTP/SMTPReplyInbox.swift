import NIOCore
import Synchronization

/// Replies received on one connection, waiting to be read by the client's async code.
///
/// It exists to join NIO's event loop (which pushes bytes in) and the transport's sequential dialogue (which
/// awaits one reply at a time, each with its own time limit). Once the connection fails, every later read
/// fails the same way.
final class SMTPReplyInbox: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<SMTPReply, any Error>
        var timeout: Scheduled<Void>?
    }

    private struct State {
        var parser = SMTPReplyParser()
        var replies: [SMTPReply] = []
        var failure: SMTPClientError?
        var waiter: Waiter?
        var nextID: UInt64 = 0
    }

    /// A waiter to resume, and with what, once the lock is released.
    private typealias Resumption = (Waiter, Result<SMTPReply, SMTPClientError>)

    private let state = Mutex(State())

    /// True when bytes arrived that no read has consumed yet.
    var hasUnreadInput: Bool {
        state.withLock { !$0.replies.isEmpty || $0.parser.hasBufferedInput }
    }

    /// The next reply; fails with ``SMTPClientError/timedOut(step:)`` after `timeout` (and `onTimeout` runs,
    /// to close the connection), or with the connection's failure.
    func next(step: String, timeout: TimeAmount, on eventLoop: any EventLoop,
              onTimeout: @escaping @Sendable () -> Void) async throws -> SMTPReply {
        try await withCheckedThrowingContinuation { continuation in
            let outcome: Result<SMTPReply, SMTPClientError>? = state.withLock { state in
                if !state.replies.isEmpty { return .success(state.replies.removeFirst()) }
                if let failure = state.failure { return .failure(failure) }
                state.nextID += 1
                state.waiter = Waiter(id: state.nextID, continuation: continuation)
                return nil
            }
            if let outcome {
                continuation.resume(with: outcome.mapError { $0 as any Error })
                return
            }
            let id = state.withLock { $0.nextID }
            let timer = eventLoop.scheduleTask(in: timeout) { [self] in
                if expire(id: id, step: step) { onTimeout() }
            }
            let stillWaiting = state.withLock { state in
                guard state.waiter?.id == id else { return false }
                state.waiter?.timeout = timer
                return true
            }
            if !stillWaiting { timer.cancel() }
        }
    }

    /// Bytes from the server.
    func receive(_ bytes: ByteBuffer) {
        let resumed = state.withLock { (state: inout State) -> Resumption? in
            guard state.failure == nil else { return nil }
            do throws(SMTPClientError) {
                state.replies += try state.parser.feed(bytes.readableBytesView)
            } catch {
                state.failure = error
            }
            return Self.takeWaiter(&state)
        }
        resume(resumed)
    }

    /// The connection ended or broke: every pending and later read fails with `failure`.
    func fail(_ failure: SMTPClientError) {
        let resumed = state.withLock { (state: inout State) -> Resumption? in
            if state.failure == nil { state.failure = failure }
            return Self.takeWaiter(&state)
        }
        resume(resumed)
    }

    private func expire(id: UInt64, step: String) -> Bool {
        let waiter: Waiter? = state.withLock { state in
            guard let waiter = state.waiter, waiter.id == id else { return nil }
            state.waiter = nil
            if state.failure == nil { state.failure = .timedOut(step: step) }
            return waiter
        }
        guard let waiter else { return false }
        waiter.continuation.resume(throwing: SMTPClientError.timedOut(step: step))
        return true
    }

    private static func takeWaiter(_ state: inout State) -> Resumption? {
        guard let waiter = state.waiter else { return nil }
        if !state.replies.isEmpty {
            state.waiter = nil
            return (waiter, .success(state.replies.removeFirst()))
        }
        if let failure = state.failure {
            state.waiter = nil
            return (waiter, .failure(failure))
        }
        return nil
    }

    private func resume(_ resumed: Resumption?) {
        guard let (waiter, result) = resumed else { return }
        waiter.timeout?.cancel()
        waiter.continuation.resume(with: result.mapError { $0 as any Error })
    }
}

/// The last handler of an SMTP client pipeline: hands bytes, errors and the end of the connection to an
/// ``SMTPReplyInbox``.
final class SMTPReplyHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    private let inbox: SMTPReplyInbox

    init(inbox: SMTPReplyInbox) {
        self.inbox = inbox
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        inbox.receive(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        inbox.fail(.connectionClosed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        inbox.fail(.connectionFailed(String(describing: error)))
        context.close(promise: nil)
    }
}
