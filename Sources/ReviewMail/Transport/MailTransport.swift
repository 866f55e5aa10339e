/// How a built message leaves the daemon: an SMTP relay, the local `sendmail`, or `.eml` files in a folder.
/// The outbox dispatcher hands a batch to one transport and records each message's result as soon as the
/// transport reports it; a temporary failure is retried with back-off, a permanent one makes the notice dead
/// at once (DESIGN §2).
///
/// Results are reported one by one, not returned for the whole batch, so that a crash can re-send only the
/// message whose result was not yet recorded, not every message of the batch:
///
/// ```swift
/// await transport.deliver(messages) { index, result in
///     try? await store.markSent(notices[index].id, at: clock.now())   // one write per message, at once
/// }
/// let results = await transport.deliver(messages)                      // or all of them, in order
/// ```
public protocol MailTransport: Sendable {
    /// A short name for logs and `GET /v1/status` (`smtp localhost:25`, `sendmail`, `directory`).
    var name: String { get }
    /// Delivers `messages` in order (an SMTP transport reuses one connection for the batch) and calls
    /// `onResult` with each message's index in `messages` and its result as soon as that result is known,
    /// before it hands over the next message. It calls `onResult` exactly once per message, in order, and
    /// returns after the last call. It never throws: every failure is a result.
    func deliver(_ messages: [MailMessage], onResult: (Int, DeliveryResult) async -> Void) async
}

extension MailTransport {
    /// Delivers `messages` and returns one result per message, in the same order (for callers that have
    /// nothing to record between two messages).
    public func deliver(_ messages: [MailMessage]) async -> [DeliveryResult] {
        var results: [DeliveryResult] = []
        results.reserveCapacity(messages.count)
        await deliver(messages) { _, result in results.append(result) }
        return results
    }
}

/// What happened to one message.
public enum DeliveryResult: Sendable, Hashable {
    /// Accepted by the relay, `sendmail` or the folder.
    case delivered
    /// Try again later: SMTP 4xx, `sendmail` exit 75, a timeout, a refused or dropped connection.
    case temporaryFailure(String)
    /// Do not try again: SMTP 5xx, a bad address, `sendmail` exits other than 0 and 75.
    case permanentFailure(String)
}
