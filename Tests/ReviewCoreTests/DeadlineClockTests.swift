import PropertyBased
import ReviewCore
import ReviewTestSupport
import Testing

/// ``DeadlineClock`` is ``DeadlineState/of(due:done:asOf:statutory:dueSoonDays:)`` turned around: these tests
/// check, day by day, that the days and ranges it gives are exactly the days on which that function's answer
/// changes for an open deadline (DESIGN §4: late from the day after the due date; due soon from the window
/// before it).
@Suite("DeadlineClock — the days an open deadline changes state, from DeadlineState")
struct DeadlineClockTests {
    static func state(_ due: CivilDate, on day: CivilDate, window: Int, statutory: Bool = true) -> DeadlineState {
        DeadlineState.of(due: due, done: nil, asOf: day, statutory: statutory, dueSoonDays: window)
    }

    @Test("late on the day after the due date; due soon `window` days before it (worked example)")
    func example() {
        let clock = DeadlineClock(dueSoonDays: 14)
        #expect(clock.day(.late, for: day("2026-03-13")) == day("2026-03-14"))
        #expect(clock.day(.dueSoon, for: day("2026-03-13")) == day("2026-02-27"))
        #expect(clock.day(.pending, for: day("2026-03-13")) == nil)
        #expect(clock.latestDueDateLate(on: day("2026-03-14")) == day("2026-03-13"))
        #expect(clock.watermarkBeforeFirstPass(today: day("2026-03-01")) == day("2026-02-28"))
    }

    @Test("the days given are the days DeadlineState changes, and no other day changes it")
    func agreesWithState() async {
        await propertyCheck(count: 400, input: civilDates, Gen.int(in: 0...90)) { due, window in
            let clock = DeadlineClock(dueSoonDays: window)
            for state in [DeadlineState.late, .dueSoon] {
                guard let day = clock.day(state, for: due) else {
                    Issue.record("no day for \(state)")
                    return
                }
                #expect(Self.state(due, on: day, window: window) == state, "\(due) window \(window): \(state) on \(day)")
                #expect(Self.state(due, on: day.adding(days: -1), window: window) != state)
            }
            // Between those days nothing changes.
            var previous = Self.state(due, on: due.adding(days: -(window + 5)), window: window)
            for offset in -(window + 4)...5 {
                let today = due.adding(days: offset)
                let now = Self.state(due, on: today, window: window)
                if now != previous {
                    #expect([clock.day(.late, for: due), clock.day(.dueSoon, for: due)].contains(today),
                            "\(due) changed \(previous) → \(now) on \(today)")
                }
                previous = now
            }
        }
    }

    @Test("dueDates(reaching:after:through:) holds exactly the due dates whose change falls in (after, through]")
    func ranges() async {
        await propertyCheck(count: 300, input: civilDates, Gen.int(in: 0...30), Gen.int(in: 0...20), Gen.int(in: -40...40))
        { after, window, span, dueOffset in
            let clock = DeadlineClock(dueSoonDays: window)
            let through = after.adding(days: span)
            let due = after.adding(days: dueOffset)
            for state in [DeadlineState.late, .dueSoon] {
                let changes = clock.day(state, for: due).map { $0 > after && $0 <= through } ?? false
                let listed = clock.dueDates(reaching: state, after: after, through: through)?.contains(due) ?? false
                #expect(changes == listed, "\(state) due \(due), after \(after) through \(through), window \(window)")
            }
        }
    }

    @Test("an open statutory deadline is late on a day exactly when it was due on or before latestDueDateLate")
    func lateBound() async {
        await propertyCheck(count: 300, input: civilDates, Gen.int(in: -30...30)) { asOf, dueOffset in
            let due = asOf.adding(days: dueOffset)
            let clock = DeadlineClock(dueSoonDays: 14)
            #expect((due <= clock.latestDueDateLate(on: asOf)) == (Self.state(due, on: asOf, window: 14) == .late))
        }
    }

    @Test("the next change after a day is the earliest late or due-soon day after it")
    func nextChange() {
        let clock = DeadlineClock(dueSoonDays: 14)
        let today = day("2026-03-01")
        let search = clock.nextChangeSearch(after: today)
        #expect(search.lateFrom == today)
        #expect(search.dueSoonFrom == day("2026-03-16"))
        // One deadline due 2026-03-05 (late on the 6th) and one due 2026-03-20 (due soon on the 6th too, 14 days before).
        #expect(clock.firstChange(nextDueForLate: day("2026-03-05"), nextDueForDueSoon: day("2026-03-20")) == day("2026-03-06"))
        #expect(clock.firstChange(nextDueForLate: day("2026-03-30"), nextDueForDueSoon: day("2026-03-17")) == day("2026-03-03"))
        #expect(clock.firstChange(nextDueForLate: nil, nextDueForDueSoon: nil) == nil)
    }
}
