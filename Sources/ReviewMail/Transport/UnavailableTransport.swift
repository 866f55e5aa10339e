/// A transport that delivers nothing and says why, every message a temporary failure.
///
/// It exists so that a configured transport which this build cannot provide yet (SMTP, until its client
/// lands) keeps notices queued and retried, visible in `GET /v1/notices` with the reason, instead of
/// losing them or stopping the daemon.
public struct UnavailableTransport: MailTransport {
    public let name: String
    /// The reason every message gets.
    public let reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }

    public func deliver(_ messages: [MailMessage]) async -> [DeliveryResult] {
        messages.map { _ in .temporaryFailure(reason) }
    }
}
