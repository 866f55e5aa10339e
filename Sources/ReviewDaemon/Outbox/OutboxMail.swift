public import Foundation
public import ReviewCore
public import ReviewMail
import ReviewStore

/// What the ``OutboxDispatcher`` sends with: the transport and the builder of messages.
///
/// It exists because `mail.*` applies on a SIGHUP reload: the dispatcher asks for the current pair at the
/// start of every wake, so a changed transport or `From:` takes effect at the next delivery.
public struct OutboxMail: Sendable {
    public var transport: any MailTransport
    public var builder: MessageBuilder
    /// Reads the report a team digest was recorded with (one per digest run, shared by its recipients).
    public var digestReport: @Sendable (_ run: Int64) async throws -> DigestReport

    public init(transport: any MailTransport, builder: MessageBuilder,
                digestReport: @escaping @Sendable (_ run: Int64) async throws -> DigestReport = { run in
                    throw DigestReportUnavailable(run: run)
                }) {
        self.transport = transport
        self.builder = builder
        self.digestReport = digestReport
    }

    /// The message for `notice`, sent at `date`, built from its stored payload. Throws a `DecodingError`
    /// when the payload is not what its kind needs (the dispatcher marks such a row dead), or the store's
    /// error when a team digest's report cannot be read (the row is retried).
    public func message(for notice: Notice, date: Date) async throws -> MailMessage {
        let payload = Data(notice.payload.utf8)
        let decoder = JSONDecoder()
        switch notice.kind {
        case .digest:
            let run = try decoder.decode(DigestNoticePayload.self, from: payload).digestRun
            return builder.buildDigest(notice: notice, report: try await digestReport(run), date: date)
        case .personalDigest:
            return builder.buildPersonalDigest(notice: notice, digest: try decoder.decode(PersonalDigest.self, from: payload),
                                               date: date)
        default:
            return builder.build(notice: notice, content: try decoder.decode(NoticeContent.self, from: payload), date: date)
        }
    }
}

/// A team digest was to be sent by an ``OutboxMail`` that was given no way to read digest reports.
public struct DigestReportUnavailable: Error, CustomStringConvertible {
    public let run: Int64

    public init(run: Int64) {
        self.run = run
    }

    public var description: String { "the report of digest run \(run) cannot be read by this sender" }
}
