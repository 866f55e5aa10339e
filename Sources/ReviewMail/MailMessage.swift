public import ReviewCore

/// One email, ready for a transport: the bytes to hand over and the few facts a transport and its logs
/// need without parsing them back.
///
/// It exists so that delivery (SMTP, sendmail, a directory of `.eml` files) never builds or inspects a
/// message itself: ``MessageBuilder`` makes one `MailMessage` per outbox row, for exactly one recipient.
///
/// ```swift
/// let message = builder.build(notice: notice, content: content, date: now)
/// message.messageID   // "<notice-42.1767225600@example.org>"
/// message.recipient   // the only address in To:, and the SMTP RCPT TO
/// message.bytes       // RFC 5322, CRLF line endings, ready for DATA (before dot-stuffing)
/// ```
public struct MailMessage: Sendable, Hashable {
    /// The `Message-ID` header's value, angle brackets included. The same outbox row always gives the same
    /// value, so a duplicate sent after a crash is recognisable.
    public let messageID: String
    /// The envelope sender (the `From:` address), for `MAIL FROM` and `sendmail -f`.
    public let sender: EmailAddress
    /// The one recipient (`To:` and the envelope recipient).
    public let recipient: EmailAddress
    /// The subject as a reader sees it (decoded), for logs and tests.
    public let subject: String
    /// The whole message: headers, a blank line and the MIME body, every line ending in CRLF.
    public let bytes: [UInt8]

    public init(messageID: String, sender: EmailAddress, recipient: EmailAddress, subject: String, bytes: [UInt8]) {
        self.messageID = messageID
        self.sender = sender
        self.recipient = recipient
        self.subject = subject
        self.bytes = bytes
    }
}
