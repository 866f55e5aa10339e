/// How a built message leaves the daemon: an SMTP relay, the local `sendmail`, or `.eml` files in a folder.
/// The outbox dispatcher hands a batch to one transport and records each message's result; a temporary
/// failure is retried with back-off, a permanent one makes the notice dead at once (DESIGN §2).
public protocol MailTransport: Sendable {
    /// A short name for logs and `GET /v1/status` (`smtp localhost:25`, `sendmail`, `directory`).
    var name: String { get }
    /// Delivers `messages` (an SMTP transport reuses one connection for the batch) and returns one result
    /// per message, in the same order. It never throws: every failure is a result.
    func deliver(_ messages: [MailMessage]) async -> [DeliveryResult]
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
