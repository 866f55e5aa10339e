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
}
