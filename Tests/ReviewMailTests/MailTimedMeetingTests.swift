import Foundation
import ReviewCore
import ReviewMail
import Testing

/// `python3` on the PATH, if installed.
private let pythonOnPath: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

private let checkCalendarScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Support/check_calendar.py")

/// Issue 14 item 4: a meeting with a time and a place. The invitation is a timed event in the authority's
/// zone (DTSTART;TZID=Europe/London with its VTIMEZONE), with LOCATION and the online link; a change to the
/// time is one update, SEQUENCE + 1, whose text says what changed ("the time from 10:00 to 14:00").
@Suite("Mail: review meetings with a time and a place")
struct MailTimedMeetingTests {
    static func details(_ starts: String?, _ ends: String?, location: String? = "Oak Room, Town Hall",
                        link: String? = "https://meet.example.gov.uk/j/4821") -> MeetingDetails {
        (try? MeetingDetails(startsAt: starts, endsAt: ends, location: location, onlineURL: link)) ?? .none
    }

    /// A winter meeting (GMT) booked at 10:00–11:30.
    static let booked: MailFixtures.Fixture = {
        var fixture = MailFixtures.fixture(for: .reviewScheduled)
        fixture.content.meeting = NoticeContent.Meeting(reviewId: 7, on: MailFixtures.day("2026-02-20"), sequence: 0,
                                                        details: details("10:00", "11:30"))
        return fixture
    }()

    /// The same meeting moved to 14:00 on a summer day (BST), in a different room, with no end time.
    static let moved: MailFixtures.Fixture = {
        var fixture = MailFixtures.fixture(for: .reviewMoved)
        fixture.content.meeting = NoticeContent.Meeting(
            reviewId: 7, on: MailFixtures.day("2026-06-19"), sequence: 1,
            details: details("14:00", nil, location: "Room 2, Civic Centre"),
            was: NoticeContent.Meeting.Was(on: MailFixtures.day("2026-02-20"), details: details("10:00", "11:30")))
        return fixture
    }()

    /// Only the time changed.
    static let retimed: MailFixtures.Fixture = {
        var fixture = MailFixtures.fixture(for: .reviewMoved)
        fixture.content.meeting = NoticeContent.Meeting(
            reviewId: 7, on: MailFixtures.day("2026-02-20"), sequence: 2, details: details("14:00", "15:00"),
            was: NoticeContent.Meeting.Was(on: MailFixtures.day("2026-02-20"), details: details("10:00", "11:00")))
        return fixture
    }()

    static func calendar(_ fixture: MailFixtures.Fixture) -> [String] {
        MailCalendarTests.unfolded(MailCalendarTests.calendar(fixture))
    }

    static func text(_ fixture: MailFixtures.Fixture) -> String {
        ParsedMail(MailFixtures.message(fixture).bytes).part("text/plain")?.text ?? ""
    }

    @Test("a timed invitation: DTSTART/DTEND with TZID and the zone's VTIMEZONE, LOCATION, URL, busy")
    func timedInvitation() {
        let lines = Self.calendar(Self.booked)
        for expected in [
            "BEGIN:VTIMEZONE", "TZID:Europe/London", "TZNAME:BST", "TZNAME:GMT",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "DTSTART;TZID=Europe/London:20260220T100000", "DTEND;TZID=Europe/London:20260220T113000",
            "LOCATION:Oak Room\\, Town Hall", "URL:https://meet.example.gov.uk/j/4821", "TRANSP:OPAQUE",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        let zone = lines.firstIndex(of: "BEGIN:VTIMEZONE") ?? Int.max
        #expect(zone < (lines.firstIndex(of: "BEGIN:VEVENT") ?? 0), "the zone comes before the event that uses it")
        let text = Self.text(Self.booked)
        #expect(text.contains("on 20 February 2026 at 10:00 to 11:30, Oak Room, Town Hall, or online."))
        #expect(text.contains("To join online: https://meet.example.gov.uk/j/4821"))
        #expect(!text.contains("all-day"))
    }

    @Test("without an end the meeting is an hour; an all-day meeting stays all day and does not block the day")
    func defaults() {
        var oneHour = Self.booked
        oneHour.content.meeting?.details = Self.details("15:30", nil)
        #expect(Self.calendar(oneHour).contains("DTEND;TZID=Europe/London:20260220T163000"))
        let allDay = Self.calendar(MailFixtures.fixture(for: .reviewScheduled))
        #expect(allDay.contains("DTSTART;VALUE=DATE:20260220") && allDay.contains("TRANSP:TRANSPARENT"))
        #expect(!allDay.contains("BEGIN:VTIMEZONE"))
    }

    @Test("a change says what changed, is one update with the bumped SEQUENCE and the same UID")
    func changeSaysWhat() {
        let retimed = Self.text(Self.retimed)
        #expect(MailFixtures.message(Self.retimed).subject.hasSuffix(" changed: send your advice by 6 February 2026"),
                "only the time changed: not 'moved'")
        #expect(retimed.contains("has changed the time from 10:00 to 11:00 to 14:00 to 15:00."), "\(retimed)")
        let lines = Self.calendar(Self.retimed)
        #expect(lines.contains("SEQUENCE:2") && lines.contains("UID:review-7@example.org"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        let moved = Self.text(Self.moved)
        #expect(moved.contains("the day from 20 February 2026 to 19 June 2026"), "\(moved)")
        #expect(moved.contains("the place from Oak Room, Town Hall to Room 2, Civic Centre"))
        #expect(moved.contains("It is now on 19 June 2026 at 14:00, Room 2, Civic Centre, or online."))
        #expect(Self.calendar(Self.moved).contains("DTSTART;TZID=Europe/London:20260619T140000"))
    }

    @Test("the timed invitation matches its golden file")
    func golden() throws {
        let message = MailFixtures.message(Self.booked)
        let file = mailGoldenDirectory.appendingPathComponent("review_scheduled_timed.eml")
        if MailGoldenTests.updating {
            try Data(message.bytes).write(to: file, options: .atomic)
            return
        }
        let golden = try #require(FileManager.default.contents(atPath: file.path),
                                  "missing \(file.path): run with EHC_REVIEW_UPDATE_GOLDEN=1")
        #expect(Array(golden) == message.bytes, "review_scheduled_timed.eml differs (EHC_REVIEW_UPDATE_GOLDEN=1 rewrites it)")
    }

    @Test("icalendar reads the times in the zone the invitation's own VTIMEZONE defines (GMT and BST); vobject validates it",
          .enabled(if: pythonOnPath != nil, "python3 is not installed"))
    func python() async throws {
        let python = try #require(pythonOnPath)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-ical-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var cases: [[String: String]] = []
        for (name, fixture, start, end, location) in [
            ("booked", Self.booked, "2026-02-20 10:00", "2026-02-20 11:30", "Oak Room, Town Hall"),
            ("moved", Self.moved, "2026-06-19 14:00", "2026-06-19 15:00", "Room 2, Civic Centre"),
        ] {
            let file = directory.appendingPathComponent("\(name).eml")
            try Data(MailFixtures.message(fixture).bytes).write(to: file)
            cases.append(["path": file.path, "tzid": "Europe/London", "start": start, "end": end, "location": location,
                          "url": "https://meet.example.gov.uk/j/4821",
                          "sequence": String(fixture.content.meeting?.sequence ?? -1)])
        }
        let manifest = directory.appendingPathComponent("manifest.json")
        try JSONEncoder().encode(cases).write(to: manifest)
        let (status, output) = try await MailPythonCheckTests.runScript(python, checkCalendarScript, [manifest.path])
        if status != 0 && output.contains("ModuleNotFoundError") && ProcessInfo.processInfo.environment["CI"] == nil {
            return  // icalendar or vobject missing outside CI: .ci/run installs them
        }
        #expect(status == 0, "check_calendar.py failed:\n\(output)")
        #expect(output.contains("2 of 2 calendars passed"), "\(output)")
    }
}
