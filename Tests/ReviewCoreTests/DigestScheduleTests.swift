import Foundation
import ReviewCore
import ReviewTestSupport
import Testing

/// DESIGN §2: the digest goes out "once per local calendar date, at or after `digest.at`"; a restart, a
/// DST change (UK: 2026-03-29 and 2026-10-25) or a clock jump can neither skip nor double it; after
/// downtime one catch-up digest goes out, not one per missed day.
@Suite("DigestSchedule — one digest per local date of Europe/London, at or after digest.at")
struct DigestScheduleTests {
    let calendar = LocalCalendar(timeZone: london)

    func schedule(_ at: String) throws -> DigestSchedule {
        DigestSchedule(at: try LocalTime(parsing: at), calendar: calendar)
    }

    func instant(_ iso: String) -> Date { FakeClock(iso: iso).now() }

    @Test("07:00 local is 07:00 UTC in winter and 06:00 UTC in summer, and on both DST days", arguments: [
        ("2026-01-15", "2026-01-15T07:00:00Z"),
        ("2026-07-01", "2026-07-01T06:00:00Z"),
        ("2026-03-29", "2026-03-29T06:00:00Z"), // the 23-hour day: BST from 01:00 UTC
        ("2026-10-25", "2026-10-25T07:00:00Z"), // the 25-hour day: GMT again from 01:00 UTC
    ])
    func momentAtSeven(date: String, expected: String) throws {
        #expect(try schedule("07:00").moment(of: day(date)) == instant(expected))
    }

    @Test("01:30 on 2026-03-29 does not exist in London: the digest is due when the clock jumps to 02:00 BST")
    func skippedHour() throws {
        let moment = try schedule("01:30").moment(of: day("2026-03-29"))
        #expect(moment == instant("2026-03-29T01:00:00Z"))
        #expect(calendar.civilDate(of: moment) == day("2026-03-29"))
    }

    @Test("01:30 on 2026-10-25 happens twice in London: the digest is due at the first (BST) one")
    func repeatedHour() throws {
        #expect(try schedule("01:30").moment(of: day("2026-10-25")) == instant("2026-10-25T00:30:00Z"))
    }

    @Test("the repeated 01:30 cannot give 2026-10-25 a second digest")
    func repeatedHourOnce() throws {
        let s = try schedule("01:30")
        #expect(s.dateDue(at: instant("2026-10-25T00:30:00Z"), lastRecorded: day("2026-10-24")) == day("2026-10-25"))
        // The second 01:30 (GMT) comes an hour later; that date is recorded by then.
        #expect(s.dateDue(at: instant("2026-10-25T01:30:00Z"), lastRecorded: day("2026-10-25")) == nil)
        #expect(s.nextMoment(after: instant("2026-10-25T01:30:00Z"), lastRecorded: day("2026-10-25"))
            == instant("2026-10-26T01:30:00Z"))
    }

    @Test("a restart one minute before the digest time sends nothing until the time comes")
    func restartJustBefore() throws {
        let s = try schedule("07:00")
        let now = instant("2026-01-15T06:59:00Z")
        #expect(s.dateDue(at: now, lastRecorded: day("2026-01-14")) == nil)
        #expect(s.nextMoment(after: now, lastRecorded: day("2026-01-14")) == instant("2026-01-15T07:00:00Z"))
    }

    @Test("a restart just after the digest time sends today's digest at once if it has not gone, and never twice")
    func restartJustAfter() throws {
        let s = try schedule("07:00")
        let now = instant("2026-01-15T07:01:00Z")
        #expect(s.dateDue(at: now, lastRecorded: day("2026-01-14")) == day("2026-01-15"))
        #expect(s.nextMoment(after: now, lastRecorded: day("2026-01-14")) == now)
        #expect(s.dateDue(at: now, lastRecorded: day("2026-01-15")) == nil)
        #expect(s.nextMoment(after: now, lastRecorded: day("2026-01-15")) == instant("2026-01-16T07:00:00Z"))
    }

    @Test("after a week down, one catch-up digest for the latest date, not one per missed day")
    func catchUpAfterDowntime() throws {
        let s = try schedule("07:00")
        // Back at 05:00 on the 22nd: yesterday's digest moment is the latest that passed.
        let early = instant("2026-01-22T05:00:00Z")
        #expect(s.dateDue(at: early, lastRecorded: day("2026-01-14")) == day("2026-01-21"))
        #expect(s.nextMoment(after: early, lastRecorded: day("2026-01-21")) == instant("2026-01-22T07:00:00Z"))
        // Back at 09:00: today's is the catch-up.
        let late = instant("2026-01-22T09:00:00Z")
        #expect(s.dateDue(at: late, lastRecorded: day("2026-01-14")) == day("2026-01-22"))
        #expect(s.dateDue(at: late, lastRecorded: day("2026-01-22")) == nil)
    }

    @Test("a first start owes nothing for days the service was not running; today's goes at digest.at")
    func firstStart() throws {
        let s = try schedule("07:00")
        #expect(s.dateDue(at: instant("2026-01-15T05:00:00Z"), lastRecorded: nil) == nil)
        #expect(s.nextMoment(after: instant("2026-01-15T05:00:00Z"), lastRecorded: nil) == instant("2026-01-15T07:00:00Z"))
        #expect(s.dateDue(at: instant("2026-01-15T08:00:00Z"), lastRecorded: nil) == day("2026-01-15"))
    }

    @Test("the clock jumping back a day after today's digest gives no second digest for either date")
    func clockJumpsBack() throws {
        let s = try schedule("07:00")
        let back = instant("2026-01-14T08:00:00Z") // yesterday, after its digest time
        #expect(s.dateDue(at: back, lastRecorded: day("2026-01-15")) == nil)
        #expect(s.nextMoment(after: back, lastRecorded: day("2026-01-15")) == instant("2026-01-16T07:00:00Z"))
    }

    @Test("the clock jumping forward three days gives one digest, for the new date")
    func clockJumpsForward() throws {
        let s = try schedule("07:00")
        #expect(s.dateDue(at: instant("2026-01-18T10:00:00Z"), lastRecorded: day("2026-01-15")) == day("2026-01-18"))
    }

    @Test("400 days, woken only at the moments the schedule gives: exactly one digest per local date",
          arguments: ["07:00", "01:30", "00:00", "23:59"])
    func fourHundredDays(at: String) throws {
        let s = try schedule(at)
        var now = instant("2026-01-01T12:00:00Z")
        var last: CivilDate? = day("2026-01-01")
        var sent: [CivilDate] = []
        let end = instant("2027-02-06T00:00:00Z") // the end of the 400th day (GMT in February)
        while now < end {
            now = s.nextMoment(after: now, lastRecorded: last)
            guard now < end, let due = s.dateDue(at: now, lastRecorded: last) else { continue }
            sent.append(due)
            last = due
        }
        #expect(sent.count == 400)
        #expect(Set(sent).count == 400)
        #expect(sent.first == day("2026-01-02"))
        #expect(sent.last == day("2027-02-05"))
        // Each went out on its own local date, at or after digest.at.
        let dst = [day("2026-03-29"), day("2026-10-25")]
        #expect(dst.allSatisfy(sent.contains))
    }
}
