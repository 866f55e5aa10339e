public import ReviewCore

/// Everything about sending mail (`mail.*`): the sender, the transport to use, each transport's
/// settings, and how the outbox dispatcher uses the transport (``DeliverySettings``).
///
/// It exists so that the mail module gets one checked value. The settings of every transport are kept
/// even when another is chosen, so that switching `mail.transport` on a reload needs nothing else; only
/// the chosen transport's paths are checked on disk when the config is loaded.
public struct MailSettings: Sendable, Hashable {
    /// The `From:` of every message (required: there is no sensible default for an authority).
    public var from: MailboxAddress
    public var transport: MailTransportKind
    public var smtp: SMTPSettings
    /// The program the `sendmail` transport runs (`-i -f <from> -- <recipient>`, message on stdin).
    public var sendmailPath: String
    /// The folder the `directory` transport writes `.eml` files into; created if missing.
    public var directory: String
    /// Messages name the child in full (`mail.full_names`); off by default, when they carry the plan
    /// reference and the child's initials only. Only for authorities whose mail is secure end to end.
    public var fullNames: Bool
    /// How the outbox dispatcher batches, overlaps and retries deliveries.
    public var delivery: DeliverySettings
    /// Domains whose mail is secure (`mail.secure_domains`): only their addresses get plan documents attached.
    public var secureDomains: [String]
    /// The largest message to send (`mail.max_message_bytes`, 20 MiB): a document that would make a message
    /// larger is linked instead.
    public var maxMessageBytes: Int

    public init(from: MailboxAddress, transport: MailTransportKind, smtp: SMTPSettings, sendmailPath: String,
                directory: String, fullNames: Bool = false, delivery: DeliverySettings = .standard,
                secureDomains: [String] = [], maxMessageBytes: Int = DocumentPolicy.defaultMaxMessageBytes) {
        self.secureDomains = secureDomains
        self.maxMessageBytes = maxMessageBytes
        self.fullNames = fullNames
        self.delivery = delivery
        self.from = from
        self.transport = transport
        self.smtp = smtp
        self.sendmailPath = sendmailPath
        self.directory = directory
    }
}

extension MailSettings {
    /// `mail.max_message_bytes`: 1 MiB to 100 MiB.
    public static let messageSizes = (1 << 20)...(100 << 20)
}
