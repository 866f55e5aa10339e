/// Why an SMTP connection could not go on. Every case ends the connection: the message being sent and every
/// message not yet attempted get a temporary failure.
enum SMTPClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The TCP connection could not be made (refused, unreachable, timed out, name not found).
    case connectFailed(String)
    /// No reply within the step's time limit; `step` names what was awaited (`greeting`, `RCPT`, `end of DATA`).
    case timedOut(step: String)
    /// The server closed the connection.
    case connectionClosed
    /// The server sent something that is not an SMTP reply.
    case malformedReply(String)
    /// Reading, writing or TLS failed on an open connection.
    case connectionFailed(String)

    var description: String {
        switch self {
        case .connectFailed(let detail): "cannot connect: \(detail)"
        case .timedOut(let step): "no reply to \(step) in time"
        case .connectionClosed: "the server closed the connection"
        case .malformedReply(let text): "not an SMTP reply: \(text)"
        case .connectionFailed(let detail): "connection failed: \(detail)"
        }
    }
}
