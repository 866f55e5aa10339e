import Foundation
import ReviewCore
import ReviewMail
import Testing

/// The iCalendar invitation of review-meeting messages (RFC 5545 / iTIP RFC 5546), as Outlook needs it.
@Suite("Mail: calendar invitations for review meetings")
struct MailCalendarTests {
    static func calendar(_ fixture: MailFixtures.Fixture) -> [String] {
        let text = ParsedMail(MailFixtures.message(fixture).bytes).part("text/calendar")?.text ?? ""
        return text.components(separatedBy: "\n")
    }

    /// Content lines unfolded (RFC 5545 §3.1), with the CR of each CRLF removed.
    static func unfolded(_ lines: [String]) -> [String] {
        var result: [String] = []
        for raw in lines {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.hasPrefix(" "), let last = result.popLast() {
                result.append(last + line.dropFirst())
            } else if !line.isEmpty {
                result.append(line)
            }
        }
        return result
    }

    @Test("an invitation: METHOD:REQUEST, one all-day VEVENT, stable UID, organizer and attendee")
    func request() {
        let lines = Self.unfolded(Self.calendar(MailFixtures.fixture(for: .reviewScheduled)))
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        for expected in [
            "PRODID:-//ehc-review//ReviewMail//EN", "VERSION:2.0", "METHOD:REQUEST", "UID:review-7@example.org",
            "SEQUENCE:0", "DTSTAMP:20260203T091500Z", "DTSTART;VALUE=DATE:20260220", "DTEND;VALUE=DATE:20260221",
            "SUMMARY:EHC review meeting: EHC-0002 (Ö. Ş.)", "ORGANIZER;CN=\"EHC reviews\":mailto:ehc-reviews@example.org",
            "ATTENDEE;CN=\"Zoë Ó Súilleabháin\";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:zoe.osuilleabhain@health.example",
            "STATUS:CONFIRMED",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
    }

    @Test("a move keeps the UID and carries the bumped SEQUENCE; a cancellation is METHOD:CANCEL")
    func moveAndCancel() {
        var scheduled = MailFixtures.fixture(for: .reviewScheduled)
        scheduled.content.meeting = MailFixtures.meeting(42, "2026-02-20", sequence: 0)
        var moved = MailFixtures.fixture(for: .reviewMoved)
        moved.content.meeting = MailFixtures.meeting(42, "2026-03-06", sequence: 1)
        var cancelled = MailFixtures.fixture(for: .reviewCancelled)
        cancelled.content.meeting = MailFixtures.meeting(42, "2026-03-06", sequence: 2, cancelled: true)
        let (a, b, c) = (Self.unfolded(Self.calendar(scheduled)), Self.unfolded(Self.calendar(moved)),
                         Self.unfolded(Self.calendar(cancelled)))
        #expect(a.contains("UID:review-42@example.org") && b.contains("UID:review-42@example.org")
            && c.contains("UID:review-42@example.org"))
        #expect(b.contains("SEQUENCE:1") && b.contains("DTSTART;VALUE=DATE:20260306"))
        #expect(c.contains("METHOD:CANCEL") && c.contains("STATUS:CANCELLED") && c.contains("SEQUENCE:2"))
        #expect(MailFixtures.builder.calendarUID(reviewID: 42) == "review-42@example.org")
    }

    @Test("content lines fold at 75 octets and the object ends with a line break", arguments: [
        NoticeKind.reviewScheduled, .reviewMoved, .reviewCancelled,
    ])
    func folding(kind: NoticeKind) {
        // Quoted-printable hard line breaks are the part's CRLFs (the message-wide test checks the wire).
        let lines = Self.calendar(MailFixtures.fixture(for: kind))
        #expect(lines.last == "" && lines.dropLast().last == "END:VCALENDAR")
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
        }
        #expect(lines.contains { $0.hasPrefix(" ") }, "the long DESCRIPTION folds")
    }

    @Test("TEXT values are escaped")
    func escaping() {
        var fixture = MailFixtures.fixture(for: .reviewScheduled)
        fixture.content.childLabel = "A; B, C\\D"
        let lines = Self.unfolded(Self.calendar(fixture))
        #expect(lines.contains("SUMMARY:EHC review meeting: EHC-0002 (A\\; B\\, C\\\\D)"))
        let description = lines.first { $0.hasPrefix("DESCRIPTION:") } ?? ""
        #expect(description.contains("\\nContact: Sam Taylor <sam.taylor@la.example>"))
    }

    @Test("no invitation without a meeting, nor for other kinds")
    func none() {
        var fixture = MailFixtures.fixture(for: .reviewScheduled)
        fixture.content.meeting = nil
        #expect(ParsedMail(MailFixtures.message(fixture).bytes).part("text/calendar") == nil)
        #expect(ParsedMail(MailFixtures.message(MailFixtures.fixture(for: .adviceRequested)).bytes)
            .part("text/calendar") == nil)
    }
}
