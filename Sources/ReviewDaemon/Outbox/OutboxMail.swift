public import Foundation
public import ReviewCore
public import ReviewMail

/// What the ``OutboxDispatcher`` sends with: the transport and the builder of messages.
///
/// It exists because `mail.*` applies on a SIGHUP reload: the dispatcher asks for the current pair at the
/// start of every wake, so a changed transport or `From:` takes effect at the next delivery.
public struct OutboxMail: Sendable {
    public var transport: any MailTransport
    public var builder: MessageBuilder

    public init(transport: any MailTransport, builder: MessageBuilder) {
        self.transport = transport
        self.builder = builder
    }

    /// The message for `notice`, sent at `date`, built from its stored payload. Throws a `DecodingError`
    /// when the payload is not what its kind needs (the dispatcher marks such a row dead).
    public func message(for notice: Notice, date: Date) async throws -> MailMessage {
        let content = try JSONDecoder().decode(NoticeContent.self, from: Data(notice.payload.utf8))
        return builder.build(notice: notice, content: content, date: date)
    }
}
