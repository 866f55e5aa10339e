import ReviewCore

/// Delivers by running the local `sendmail` program once per message (`mail.transport: sendmail`).
///
/// It exists for hosts whose MTA (or msmtp) is best reached through its `sendmail` interface: each message
/// runs `<sendmail_path> -i -f <sender> -- <recipient>` with the message on standard input, as an argument
/// array (never through a shell, so no address can inject a command). Exit 0 is delivered; 75
/// (`EX_TEMPFAIL`) and a child killed at the ``timeout`` are temporary failures; any other exit or a
/// program that cannot start is permanent, with the exit code and the first line of standard error.
///
/// ```swift
/// let transport = SendmailTransport(path: "/usr/bin/msmtp")
/// let results = await transport.deliver(messages)   // one result per message, in order
/// await transport.deliver(messages) { index, result in record(index, result) }   // or each as it exits
/// ```
public struct SendmailTransport: MailTransport {
    public let name = "sendmail"
    /// The program to run (`mail.sendmail_path`).
    public let path: String
    /// How long one child may run before it is killed and the message retried later.
    public let timeout: Duration

    public init(path: String, timeout: Duration = .seconds(60)) {
        self.path = path
        self.timeout = timeout
    }

    /// The arguments for one message: `-i` (a lone dot is not the end), the envelope sender, and the one
    /// recipient after `--`, so an address starting with `-` cannot be taken for an option.
    public static func arguments(for message: MailMessage) -> [String] {
        ["-i", "-f", message.sender.value, "--", message.recipient.value]
    }

    /// One child at a time; each message's result is reported as soon as its child has ended.
    public func deliver(_ messages: [MailMessage], onResult: (Int, DeliveryResult) async -> Void) async {
        for (index, message) in messages.enumerated() {
            let outcome = await ChildProcess.run(path, arguments: Self.arguments(for: message),
                                                 input: message.bytes, timeout: timeout)
            await onResult(index, result(of: outcome))
        }
    }

    func result(of outcome: ChildOutcome) -> DeliveryResult {
        let detail = outcome.firstErrorLine.isEmpty ? "" : ": \(outcome.firstErrorLine)"
        switch outcome.ending {
        case .exited(0):
            return .delivered
        case .exited(75):
            return .temporaryFailure("sendmail exited 75 (temporary failure)\(detail)")
        case .exited(let code):
            return .permanentFailure("sendmail exited \(code)\(detail)")
        case .signalled(let signal):
            // Not our kill (an OOM killer, an admin): the message itself is not at fault.
            return .temporaryFailure("sendmail was killed by signal \(signal)\(detail)")
        case .timedOut:
            return .temporaryFailure("sendmail did not finish within \(timeout) and was killed\(detail)")
        case .failedToStart(let reason):
            return .permanentFailure("cannot run \(path): \(reason)")
        }
    }
}
