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
    /// Reads a plan document's bytes by its SHA-256, checked against it (`nil`: not on disk).
    public var documentBytes: @Sendable (_ sha256: String) throws -> [UInt8]?

    public init(transport: any MailTransport, builder: MessageBuilder,
                digestReport: @escaping @Sendable (_ run: Int64) async throws -> DigestReport = { run in
                    throw DigestReportUnavailable(run: run)
                },
                documentBytes: @escaping @Sendable (_ sha256: String) throws -> [UInt8]? = { _ in nil }) {
        self.transport = transport
        self.builder = builder
        self.digestReport = digestReport
        self.documentBytes = documentBytes
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
            let content = try decoder.decode(NoticeContent.self, from: payload)
            guard let document = content.document, document.delivery == .attached else {
                return builder.build(notice: notice, content: content, date: date)
            }
            let bytes: [UInt8]?
            do { bytes = try documentBytes(document.sha256) } catch { throw DocumentUnavailable(sha256: document.sha256, damaged: true) }
            guard let bytes else { throw DocumentUnavailable(sha256: document.sha256, damaged: false) }
            return builder.build(notice: notice, content: content, date: date, attachment: bytes)
        }
    }
}

/// The plan document a notice is to carry attached is missing from the documents folder, or no longer
/// matches its hash: the notice cannot be sent as recorded, so it goes dead for an admin to see.
public struct DocumentUnavailable: Error, CustomStringConvertible {
    public let sha256: String
    public let damaged: Bool

    public var description: String {
        "the plan document \(sha256.prefix(8)) " + (damaged ? "does not match its hash (damaged on disk)" : "is missing from the documents folder")
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
