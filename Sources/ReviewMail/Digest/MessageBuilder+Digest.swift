public import Foundation
public import ReviewCore

extension MessageBuilder {
    /// The team's digest for `notice` (a `digest` row), sent at `date`: the text and HTML parts of
    /// `report`, plus the full list of late and due-soon deadlines as a CSV attachment when there is one.
    public func buildDigest(notice: Notice, report: DigestReport, date: Date) -> MailMessage {
        let csvName = "ehc-review-digest-\(report.date).csv"
        let document = DigestWording.document(report, csvName: csvName, settings: settings, planLink: planLink)
        let attachments = report.late.isEmpty && report.dueSoon.isEmpty ? [] : [
            MIMEMixed.Attachment(mediaType: "text/csv", fileName: csvName, bytes: Array(DigestCSV.text(report).utf8)),
        ]
        return digestMessage(notice: notice, document: document, recipientName: nil, attachments: attachments, date: date)
    }

    /// One professional's personal digest for `notice` (a `personal_digest` row), sent at `date`.
    public func buildPersonalDigest(notice: Notice, digest: PersonalDigest, date: Date) -> MailMessage {
        digestMessage(notice: notice, document: PersonalDigestWording.document(digest),
                      recipientName: digest.recipientName, attachments: [], date: date)
    }

    private func digestMessage(notice: Notice, document: DigestDocument, recipientName: String?,
                               attachments: [MIMEMixed.Attachment], date: Date) -> MailMessage {
        let messageID = messageID(for: notice)
        let alternative = MIMEMultipart(boundary: "=_ehc_\(notice.id.rawValue)_alt", parts: [
            MIMEMultipart.Part(contentType: ["text/plain;", "charset=utf-8"], lines: DigestTextBody.lines(document)),
            MIMEMultipart.Part(contentType: ["text/html;", "charset=utf-8"], lines: DigestHTMLBody.lines(document)),
        ])
        let body: (field: HeaderField, lines: [String])
        if attachments.isEmpty {
            body = (alternative.contentTypeField, alternative.lines)
        } else {
            let mixed = MIMEMixed(boundary: "=_ehc_\(notice.id.rawValue)_mixed", body: alternative, attachments: attachments)
            body = (mixed.contentTypeField, mixed.lines)
        }
        let fields: [HeaderField] = [
            .mailbox("From", displayName: from.displayName, address: from.address),
            .mailbox("To", displayName: recipientName, address: notice.recipient),
            .unstructured("Subject", document.subject),
            HeaderField("Date", token: DateWording.rfc5322(date, in: timeZone)),
            HeaderField("Message-ID", token: messageID),
            HeaderField("MIME-Version", token: "1.0"),
            HeaderField("Auto-Submitted", token: "auto-generated"),
            HeaderField("X-Auto-Response-Suppress", token: "All"),
            HeaderField("X-EHC-Event", token: notice.kind.rawValue),
            body.field,
        ]
        var bytes: [UInt8] = []
        for line in fields.flatMap(HeaderFolding.lines) + [""] + body.lines {
            bytes += line.utf8
            bytes += [13, 10]
        }
        return MailMessage(messageID: messageID, sender: from.address, recipient: notice.recipient,
                           subject: document.subject, bytes: bytes)
    }
}

/// The team's digest as a reader sees it, without building a message: for `POST /v1/digest/run` with
/// `dry_run` and `ehc-reviewctl digest run --dry-run`.
public struct DigestPreviewText: Sendable, Hashable {
    public let subject: String
    /// The text part, lines joined with `\n`.
    public let text: String

    public init(_ report: DigestReport, settings: RuleSettings, planLink: PlanLinkTemplate? = nil) {
        let document = DigestWording.document(report, csvName: "ehc-review-digest-\(report.date).csv", settings: settings,
                                              planLink: planLink)
        subject = document.subject
        text = DigestTextBody.lines(document).joined(separator: "\n") + "\n"
    }
}
