import Foundation
import ReviewCore
import ReviewTestSupport
import Testing

@Suite("LocalCalendar — civil dates and instants in Europe/London across BST and GMT")
struct LocalCalendarTests {
    let london: LocalCalendar

    init() throws {
        london = LocalCalendar(timeZone: try #require(TimeZone(identifier: "Europe/London")))
    }

    /// The instant of an RFC 3339 timestamp.
    func instant(_ iso: String) -> Date { FakeClock(iso: iso).now() }

    @Test("in summer (BST, UTC+1) the local day starts at 23:00 UTC the day before", arguments: [
        ("2026-07-01T22:59:59Z", "2026-07-01"), // 23:59:59 BST
        ("2026-07-01T23:00:00Z", "2026-07-02"), // 00:00 BST
        ("2026-07-01T23:30:00Z", "2026-07-02"), // 00:30 BST
    ])
    func civilDateInBST(timestamp: String, date: String) {
        #expect(london.civilDate(of: instant(timestamp)) == day(date))
    }

    @Test("in winter (GMT, UTC+0) the local day starts at midnight UTC", arguments: [
        ("2026-01-15T23:59:59Z", "2026-01-15"),
        ("2026-01-16T00:00:00Z", "2026-01-16"),
        ("2026-01-16T00:30:00Z", "2026-01-16"),
    ])
    func civilDateInGMT(timestamp: String, date: String) {
        #expect(london.civilDate(of: instant(timestamp)) == day(date))
    }

    @Test("a fake clock moved across local midnight changes the local date")
    func clockAcrossMidnight() {
        let clock = FakeClock(iso: "2026-07-01T22:59:30Z") // 23:59:30 BST
        #expect(london.civilDate(of: clock.now()) == day("2026-07-01"))
        clock.advance(by: 30)
        #expect(london.civilDate(of: clock.now()) == day("2026-07-02"))
    }

    @Test("29 March 2026 (clocks go forward) has 23 hours")
    func springForward() {
        // Midnight is still GMT: 00:00 UTC. The next midnight is BST: 23:00 UTC the same day.
        let start = london.startOfDay(day("2026-03-29"))
        let next = london.startOfDay(day("2026-03-30"))
        #expect(start == instant("2026-03-29T00:00:00Z"))
        #expect(next == instant("2026-03-29T23:00:00Z"))
        #expect(next.timeIntervalSince(start) == 23 * 3600)
        #expect(london.civilDate(of: start) == day("2026-03-29"))
        #expect(london.civilDate(of: next) == day("2026-03-30"))
    }

    @Test("25 October 2026 (clocks go back) has 25 hours")
    func fallBack() {
        // Midnight is still BST: 23:00 UTC the day before. The next midnight is GMT: 00:00 UTC.
        let start = london.startOfDay(day("2026-10-25"))
        let next = london.startOfDay(day("2026-10-26"))
        #expect(start == instant("2026-10-24T23:00:00Z"))
        #expect(next == instant("2026-10-26T00:00:00Z"))
        #expect(next.timeIntervalSince(start) == 25 * 3600)
    }

    @Test("01:30 on 29 March 2026 does not exist: it moves to 02:00 BST, 01:00 UTC")
    func skippedTime() {
        #expect(london.instant(of: day("2026-03-29"), hour: 1, minute: 30) == instant("2026-03-29T01:00:00Z"))
    }

    @Test("01:30 on 25 October 2026 happens twice: the first, 01:30 BST, is 00:30 UTC")
    func repeatedTime() {
        #expect(london.instant(of: day("2026-10-25"), hour: 1, minute: 30) == instant("2026-10-25T00:30:00Z"))
    }

    @Test("an ordinary local time converts with the zone's offset that day", arguments: [
        ("2026-06-15", 7, 0, "2026-06-15T06:00:00Z"), // BST
        ("2026-01-15", 7, 0, "2026-01-15T07:00:00Z"), // GMT
        ("2026-03-29", 7, 0, "2026-03-29T06:00:00Z"), // after the change: BST
        ("2026-10-25", 7, 0, "2026-10-25T07:00:00Z"), // after the change: GMT
        ("2026-10-25", 0, 0, "2026-10-24T23:00:00Z"), // midnight before the change: BST
    ])
    func ordinaryTimes(date: String, hour: Int, minute: Int, timestamp: String) {
        #expect(london.instant(of: day(date), hour: hour, minute: minute) == instant(timestamp))
    }
}
