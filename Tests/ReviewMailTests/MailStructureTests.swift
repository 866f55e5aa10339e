import Foundation
import ReviewCore
import ReviewMail
import Testing

/// The rules every built message keeps whatever it says (DESIGN §3 "Mail", issue 5 item 2), checked
/// on the bytes of every fixture.
@Suite("Mail: message structure")
struct MailStructureTests {
    static let fixtures = MailFixtures.all

    @Test("one recipient: a single To with one address, no Cc or Bcc", arguments: NoticeKind.allCases)
    func oneRecipient(kind: NoticeKind) {
        let fixture = MailFixtures.fixture(for: kind)
        let message = MailFixtures.message(fixture)
        let parsed = ParsedMail(message.bytes)
        let to = parsed.headers(named: "To")
        #expect(to.count == 1)
        #expect(to.first?.filter { $0 == "@" }.count == 1)
        #expect(to.first?.hasSuffix("<\(fixture.notice.recipient.value)>") == true)
        #expect(parsed.headers(named: "Cc").isEmpty && parsed.headers(named: "Bcc").isEmpty)
        #expect(message.recipient == fixture.notice.recipient)
        #expect(message.sender.value == "ehc-reviews@example.org")
    }

    @Test("CRLF line endings only, no line over 998, header lines within 78", arguments: NoticeKind.allCases)
    func lines(kind: NoticeKind) {
        let bytes = MailFixtures.message(MailFixtures.fixture(for: kind)).bytes
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() {
            if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13, "bare LF at byte \(index)") }
            if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "bare CR at byte \(index)") }
        }
        #expect(bytes.allSatisfy { $0 < 128 }, "8-bit byte in a 7-bit message")
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 998)
        }
        for line in ParsedMail(bytes).headerLines {
            #expect(line.utf8.count <= 78, "header line of \(line.utf8.count): \(line)")
        }
    }

    @Test("every encoded word is at most 75 characters and decodes on its own", arguments: NoticeKind.allCases)
    func encodedWords(kind: NoticeKind) {
        let parsed = ParsedMail(MailFixtures.message(MailFixtures.fixture(for: kind)).bytes)
        for line in parsed.headerLines {
            for word in ParsedMail.encodedWords(in: line) {
                #expect(word.count <= 75, "\(word)")
                #expect(ParsedMail.decodeWords(word) != nil, "\(word) is not UTF-8 on its own")
            }
        }
    }

    @Test("the headers every message carries", arguments: NoticeKind.allCases)
    func headers(kind: NoticeKind) {
        let fixture = MailFixtures.fixture(for: kind)
        let message = MailFixtures.message(fixture)
        let parsed = ParsedMail(message.bytes)
        for name in ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Auto-Submitted",
                     "X-Auto-Response-Suppress", "X-EHC-Event", "Content-Type"] {
            #expect(parsed.headers(named: name).count == 1, "\(name)")
        }
        #expect(parsed.header("From") == "EHC reviews <ehc-reviews@example.org>")
        #expect(parsed.header("MIME-Version") == "1.0")
        #expect(parsed.header("Auto-Submitted") == "auto-generated")
        #expect(parsed.header("X-Auto-Response-Suppress") == "All")
        #expect(parsed.header("X-EHC-Event") == kind.rawValue)
        #expect(parsed.header("Message-ID") == message.messageID)
        #expect(parsed.headers(named: "Precedence").isEmpty)
        let reference = fixture.content.planReference
        #expect(parsed.header("X-EHC-Plan") == (reference.isEmpty ? nil : reference))
        #expect(parsed.header("Subject").flatMap(ParsedMail.decodeWords) == message.subject)
        #expect(parsed.header("Content-Type") == "multipart/alternative; boundary=\"=_ehc_\(fixture.notice.id)_alt\"")
    }

    @Test("the recipient's name is an encoded word when it is not ASCII, and decodes back")
    func recipientName() throws {
        let message = MailFixtures.message(MailFixtures.fixture(for: .draftIssued))
        let to = try #require(ParsedMail(message.bytes).header("To"))
        #expect(to.hasPrefix("=?utf-8?B?"))
        #expect(ParsedMail.decodeWords(to) == "Zoë Ó Súilleabháin <zoe.osuilleabhain@health.example>")

        let ascii = ParsedMail(MailFixtures.message(MailFixtures.fixture(for: .finalIssued)).bytes)
        #expect(ascii.header("To") == "Priya Shah <priya.shah@school.example>")
        let caseworker = ParsedMail(MailFixtures.message(MailFixtures.fixture(for: .deadlineLate)).bytes)
        #expect(caseworker.header("To") == "Sam Taylor <sam.taylor@la.example>")
    }

    @Test("a long name folds: encoded words for the non-ASCII words, a quoted string for the rest")
    func longName() throws {
        let message = MailFixtures.message(MailFixtures.fixture(for: .amendmentProposed))
        let parsed = ParsedMail(message.bytes)
        let to = try #require(parsed.header("To"))
        #expect(parsed.headerLines.filter { $0.hasPrefix(" ") }.count >= 2)
        #expect(ParsedMail.decodeWords(to) == "Siobhán Ní Bhriain-Øvergård, \"Specialist Teacher for Sensory "
            + "Impairment (North Locality)\" <siobhan.nibhriain@sensory.example>")
    }

    @Test("a long run of non-ASCII words splits into encoded words of at most 75 characters, never inside a character")
    func longEncodedRun() throws {
        var fixture = MailFixtures.fixture(for: .draftIssued)
        let name = "Ísold Ní Ógáin-Ó Súilleabháin Øvergård Şahin Çelik Ğürsoy 👩‍👩‍👧‍👦 Ærøskøbing Ñúñez"
        fixture.content.recipientName = name
        fixture.content.childLabel = "Ö. Ş. " + String(repeating: "ü", count: 40)
        let message = MailFixtures.message(fixture)
        let parsed = ParsedMail(message.bytes)
        let to = try #require(parsed.header("To"))
        #expect(ParsedMail.encodedWords(in: to).count > 1)
        #expect(ParsedMail.decodeWords(to) == name + " <zoe.osuilleabhain@health.example>")
        #expect(parsed.header("Subject").flatMap(ParsedMail.decodeWords) == message.subject)
        for line in parsed.headerLines {
            #expect(line.utf8.count <= 78, "\(line)")
            for word in ParsedMail.encodedWords(in: line) {
                #expect(word.count <= 75 && ParsedMail.decodeWords(word) != nil, "\(word)")
            }
        }
    }

    @Test("a name with quotes, specials or line breaks cannot inject a header")
    func injection() {
        var fixture = MailFixtures.fixture(for: .finalIssued)
        fixture.content.recipientName = "Evil \"Q\" \\ Name\r\nBcc: all@evil.example"
        fixture.content.planReference = "EHC-1\r\nBcc: all@evil.example"
        fixture.content.contact = "x\nBcc: y@evil.example"
        let parsed = ParsedMail(MailFixtures.message(fixture).bytes)
        #expect(parsed.headers(named: "Bcc").isEmpty)
        #expect(parsed.header("To") == "\"Evil \\\"Q\\\" \\\\ Name Bcc: all@evil.example\" <priya.shah@school.example>")
        #expect(parsed.header("X-EHC-Plan") == "EHC-1 Bcc: all@evil.example")
        #expect(parsed.part("text/plain")?.text.contains("\nBcc:") == false)
    }

    @Test("Date is RFC 5322 in the authority's zone with a numeric offset")
    func date() {
        let winter = ParsedMail(MailFixtures.message(MailFixtures.fixture(for: .draftIssued)).bytes)
        #expect(winter.header("Date") == "Tue, 3 Feb 2026 09:15:00 +0000")
        let summer = ParsedMail(MailFixtures.message(MailFixtures.fixture(for: .amendedFinalIssued)).bytes)
        #expect(summer.header("Date") == "Tue, 14 Apr 2026 16:42:09 +0100")
        var fixture = MailFixtures.fixture(for: .ceased)
        fixture.date = MailFixtures.instant("2026-03-29T00:59:59Z")
        #expect(ParsedMail(MailFixtures.message(fixture).bytes).header("Date") == "Sun, 29 Mar 2026 00:59:59 +0000")
        fixture.date = MailFixtures.instant("2026-03-29T01:00:00Z")
        #expect(ParsedMail(MailFixtures.message(fixture).bytes).header("Date") == "Sun, 29 Mar 2026 02:00:00 +0100")
        let newYork = MessageBuilder(from: MailFixtures.from, timeZone: TimeZone(identifier: "America/New_York") ?? .gmt, settings: .standard)
        let message = newYork.build(notice: fixture.notice, content: fixture.content,
                                    date: MailFixtures.instant("2026-01-01T03:04:05Z"))
        #expect(ParsedMail(message.bytes).header("Date") == "Wed, 31 Dec 2025 22:04:05 -0500")
    }

    @Test("Message-ID comes from the outbox row only: same row, same id; another row, another id")
    func messageID() {
        let fixture = MailFixtures.fixture(for: .draftIssued)
        let builder = MailFixtures.builder
        let first = builder.build(notice: fixture.notice, content: fixture.content, date: fixture.date)
        var retried = fixture.notice
        retried.attempts = 3
        retried.state = .failed
        let again = builder.build(notice: retried, content: fixture.content, date: fixture.date.addingTimeInterval(3600))
        #expect(first.messageID == "<notice-1001.1770110047@example.org>")
        #expect(again.messageID == first.messageID)
        #expect(builder.messageID(for: fixture.notice) == first.messageID)

        var other = fixture.notice
        other.id = NoticeID(1002)
        #expect(builder.build(notice: other, content: fixture.content, date: fixture.date).messageID != first.messageID)
        var recreated = fixture.notice
        recreated.createdAt = recreated.createdAt.addingTimeInterval(1)
        #expect(builder.messageID(for: recreated) != first.messageID)

        let ids = Set(MailFixtures.all.map { MailFixtures.message($0).messageID })
        #expect(ids.count == NoticeKind.allCases.count)
    }

    @Test("the body is multipart/alternative: text, HTML, and a calendar only for meetings",
          arguments: NoticeKind.allCases)
    func parts(kind: NoticeKind) {
        let parsed = ParsedMail(MailFixtures.message(MailFixtures.fixture(for: kind)).bytes)
        let types = parsed.parts.compactMap { $0.header("Content-Type") }
        let meeting: Set<NoticeKind> = [.reviewScheduled, .reviewMoved, .reviewCancelled, .familyInvitation,
                                        .familyMeetingChanged, .familyMeetingCancelled]
        var expected = ["text/plain; charset=utf-8", "text/html; charset=utf-8"]
        if meeting.contains(kind) {
            let cancel = kind == .reviewCancelled || kind == .familyMeetingCancelled
            expected.append("text/calendar; charset=utf-8; method=" + (cancel ? "CANCEL" : "REQUEST"))
        }
        #expect(types == expected)
        #expect(parsed.parts.allSatisfy { $0.header("Content-Transfer-Encoding") == "quoted-printable" })
    }

    @Test("the same inputs give the same bytes")
    func deterministic() {
        for fixture in MailFixtures.all {
            #expect(MailFixtures.message(fixture) == MailFixtures.message(fixture))
        }
    }
}
