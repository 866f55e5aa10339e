public import Foundation
public import ReviewCore

/// Turns an outbox row and its ``NoticeContent`` into the email for its one recipient.
///
/// It exists so that the wording, the headers and the MIME structure of every notice are decided in one
/// place, with no I/O: the dispatcher asks for a ``MailMessage`` and hands its bytes to a transport. The
/// result depends only on its inputs, so golden-file tests pin it byte for byte.
///
/// What every message carries (DESIGN §3 "Mail"): `From`, a `To` with the one recipient, `Subject`,
/// `Date` in the authority's zone with its numeric offset, a `Message-ID` derived from the outbox row
/// only (`<notice-{id}.{createdAt in Unix seconds}@{From's domain}>`, so a resend after a crash is a
/// recognisable duplicate), `MIME-Version`, `Auto-Submitted: auto-generated`,
/// `X-Auto-Response-Suppress: All`, `X-EHC-Plan` and `X-EHC-Event`; a `multipart/alternative` body with
/// a text part and an HTML part, plus an iCalendar invitation (`METHOD:REQUEST`, or `CANCEL`) for review
/// meetings. Non-ASCII names and subjects are RFC 2047 encoded words; every line ends in CRLF.
///
/// ```swift
/// let builder = MessageBuilder(from: try MailboxAddress(parsing: "EHC reviews <ehc-reviews@example.org>"),
///                              timeZone: TimeZone(identifier: "Europe/London") ?? .gmt)
/// let message = builder.build(notice: notice, content: content, date: Date())
/// try transport.send(message.bytes, from: message.sender, to: message.recipient)
/// ```
public struct MessageBuilder: Sendable {
    /// The `From:` of every message, and the iCalendar `ORGANIZER`.
    public let from: MailboxAddress
    /// The domain of `Message-ID`s and iCalendar `UID`s: the `From:` address's domain.
    public let domain: String
    /// The authority's zone (`time_zone`), for the `Date:` header.
    public let timeZone: TimeZone
    /// The rule settings in force (`rules.*`), so that a message never states another number of weeks or
    /// months than the deadlines it speaks of were computed with.
    public let settings: RuleSettings
    /// Where a plan opens in the authority's case system (`links.plan_url`), if configured: plan references
    /// in the digest become links.
    public let planLink: PlanLinkTemplate?

    public init(from: MailboxAddress, timeZone: TimeZone, settings: RuleSettings, planLink: PlanLinkTemplate? = nil) {
        self.planLink = planLink
        self.from = from
        self.timeZone = timeZone
        self.settings = settings
        domain = from.address.value.split(separator: "@").last.map(String.init) ?? "localhost"
    }

    /// `EHC-0001-v3-3f2a9c1e.pdf`: the plan, the version and the document, in ASCII letters, digits and `-`.
    static func fileName(_ content: NoticeContent, _ document: NoticeContent.Document) -> String {
        let reference = String(content.planReference.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        let version = content.planVersion.map { "-v\($0)" } ?? ""
        let name = (reference.isEmpty ? "EHC-plan" : reference) + version + "-" + String(document.sha256.prefix(8))
        return String(name.prefix(100)) + ".pdf"
    }

    /// The `Message-ID` of the message for `notice`, angle brackets included. It depends only on the
    /// outbox row's id and creation time, so every attempt to send the row carries the same one.
    public func messageID(for notice: Notice) -> String {
        "<notice-\(notice.id.rawValue).\(DateWording.wholeSeconds(notice.createdAt))@\(domain)>"
    }

    /// The iCalendar `UID` of a review meeting: the same for every invitation, move and cancellation of it.
    public func calendarUID(reviewID: Int64) -> String {
        "review-\(reviewID)@\(domain)"
    }

    /// The message for `notice`, sent at `date`, saying what `content` holds. The notice's kind decides the
    /// wording and the `X-EHC-Event` header; its recipient is the one address in `To:`. When the content's
    /// document is to be attached, `attachment` holds its bytes and the message becomes `multipart/mixed`
    /// with the PDF after the readable parts; without them nothing is attached (the caller refuses to send).
    public func build(notice: Notice, content: NoticeContent, date: Date, attachment: [UInt8]? = nil) -> MailMessage {
        let document = NoticeDocument(kind: notice.kind, content: content, settings: settings)
        let messageID = messageID(for: notice)
        let alternative = MIMEMultipart(boundary: "=_ehc_\(notice.id.rawValue)_alt",
                                        parts: parts(document, notice: notice, content: content, date: date))
        let body: (contentTypeField: HeaderField, lines: [String])
        if let file = content.document, file.delivery == .attached, let attachment {
            let mixed = MIMEMixed(boundary: "=_ehc_\(notice.id.rawValue)_mixed", body: alternative, attachments: [
                MIMEMixed.Attachment(mediaType: "application/pdf", fileName: Self.fileName(content, file), bytes: attachment),
            ])
            body = (mixed.contentTypeField, mixed.lines)
        } else {
            body = (alternative.contentTypeField, alternative.lines)
        }

        var fields: [HeaderField] = [
            .mailbox("From", displayName: from.displayName, address: from.address),
            .mailbox("To", displayName: content.recipientName, address: notice.recipient),
            .unstructured("Subject", document.wording.subject),
            HeaderField("Date", token: DateWording.rfc5322(date, in: timeZone)),
            HeaderField("Message-ID", token: messageID),
            HeaderField("MIME-Version", token: "1.0"),
            HeaderField("Auto-Submitted", token: "auto-generated"),
            HeaderField("X-Auto-Response-Suppress", token: "All"),
        ]
        if !content.planReference.mailLine.isEmpty {
            fields.append(.unstructured("X-EHC-Plan", content.planReference))
        }
        fields.append(HeaderField("X-EHC-Event", token: notice.kind.rawValue))
        fields.append(body.contentTypeField)

        let lines = fields.flatMap(HeaderFolding.lines) + [""] + body.lines
        var bytes: [UInt8] = []
        for line in lines {
            bytes += line.utf8
            bytes += [13, 10]
        }
        return MailMessage(messageID: messageID, sender: from.address, recipient: notice.recipient,
                           subject: document.wording.subject, bytes: bytes)
    }

    private func parts(_ document: NoticeDocument, notice: Notice, content: NoticeContent,
                       date: Date) -> [MIMEMultipart.Part] {
        var parts = [
            MIMEMultipart.Part(contentType: ["text/plain;", "charset=utf-8"], lines: PlainTextBody.lines(document)),
            MIMEMultipart.Part(contentType: ["text/html;", "charset=utf-8"], lines: HTMLBody.lines(document)),
        ]
        if let invitation = invitation(document, notice: notice, content: content, date: date) {
            parts.append(MIMEMultipart.Part(
                contentType: ["text/calendar;", "charset=utf-8;", "method=\(invitation.method.rawValue)"],
                lines: invitation.lines))
        }
        return parts
    }

    /// The calendar invitation, for the review-meeting notices that name their meeting.
    private func invitation(_ document: NoticeDocument, notice: Notice, content: NoticeContent,
                            date: Date) -> ICalendarInvitation? {
        let meetingKinds: Set<NoticeKind> = [.reviewScheduled, .reviewMoved, .reviewCancelled, .familyInvitation,
                                             .familyMeetingChanged, .familyMeetingCancelled]
        guard meetingKinds.contains(notice.kind), let meeting = content.meeting else { return nil }
        let contact = content.contact?.mailLine ?? ""
        return ICalendarInvitation(
            method: notice.kind == .reviewCancelled || notice.kind == .familyMeetingCancelled || meeting.cancelled
                ? .cancel : .request,
            uid: calendarUID(reviewID: meeting.reviewId),
            sequence: meeting.sequence,
            stamp: date,
            day: meeting.on,
            summary: "EHC review meeting: " + NoticeWording.Facts(content, settings: settings).plan,
            description: document.wording.lead + (contact.isEmpty ? "" : "\nContact: " + contact),
            organizer: from,
            attendeeName: content.recipientName,
            attendee: notice.recipient,
            details: meeting.details ?? .none,
            timeZone: timeZone)
    }
}
