import Foundation
import NIOCore
import NIOPosix

/// The `smtp` transport: delivers a batch over one SMTP connection to a relay (the local MTA by default),
/// with STARTTLS and AUTH PLAIN/LOGIN when configured, and a time limit on every step.
///
/// Each message gets its own result, reported as soon as its transaction ends: `2xx` after its content is `delivered`, a `4xx` at any step of its
/// transaction a temporary failure, a `5xx` a permanent one (quoting the server's first reply line). When
/// the connection cannot be made, cannot be set up (greeting, EHLO, STARTTLS, AUTH) or breaks, the message
/// in flight and every later one get a temporary failure, so the outbox retries them.
///
/// ```swift
/// let transport = SMTPTransport(configuration: .init(host: "localhost", port: 25))
/// await transport.deliver(messages) { index, result in record(index, result) }   // each as soon as known
/// ```
public struct SMTPTransport: MailTransport {
    /// The relay, policy, login and time limits this transport was made with.
    public let configuration: Configuration
    private let group: any EventLoopGroup

    public init(configuration: Configuration) {
        self.configuration = configuration
        self.group = MultiThreadedEventLoopGroup.singleton
    }

    public var name: String { "smtp \(configuration.host):\(configuration.port)" }

    public func deliver(_ messages: [MailMessage], onResult: (Int, DeliveryResult) async -> Void) async {
        guard !messages.isEmpty else { return }
        await SMTPSession.deliver(messages, configuration: configuration, group: group, onResult: onResult)
    }

    /// This machine's host name, for `EHLO`; `localhost` when it has none fit for SMTP.
    public static func localHostName() -> String {
        let name = ProcessInfo.processInfo.hostName
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
        guard !name.isEmpty, name.count <= 255, name.allSatisfy(allowed.contains) else { return "localhost" }
        return name
    }
}

extension Duration {
    /// The same span as NIO's `TimeAmount`.
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
