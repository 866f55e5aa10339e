import ReviewCore
import ReviewTestSupport
import Testing

@Suite("DeadlineState — pending, due_soon, done, done_late, late and days_late")
struct DeadlineStateTests {
    /// One row of the table: a deadline due on 2026-03-13, done (or not), asked about on a day.
    struct Row: Sendable, CustomTestStringConvertible {
        var done: String?
        var asOf: String
        var statutory = true
        var dueSoonDays = 14
        var state: DeadlineState
        var daysLate: Int
        var note: String

        var testDescription: String { note }
    }

    static let due = "2026-03-13"

    static let rows: [Row] = [
        Row(asOf: "2026-02-26", state: .pending, daysLate: 0,
            note: "15 days before (26 Feb → 13 Mar = 2 + 13): still pending"),
        Row(asOf: "2026-02-27", state: .dueSoon, daysLate: 0,
            note: "14 days before (27 Feb → 13 Mar = 1 + 13): due soon"),
        Row(asOf: "2026-03-13", state: .dueSoon, daysLate: 0, note: "the due date itself is not late"),
        Row(asOf: "2026-03-14", state: .late, daysLate: 1, note: "the day after is late by one day"),
        Row(asOf: "2026-04-13", state: .late, daysLate: 31, note: "a month later: 18 days of March + 13 = 31"),
        Row(done: "2026-03-13", asOf: "2026-03-20", state: .done, daysLate: 0, note: "done on the due date"),
        Row(done: "2026-01-05", asOf: "2026-01-05", state: .done, daysLate: 0, note: "done early, asked that day"),
        Row(done: "2026-03-20", asOf: "2026-03-25", state: .doneLate, daysLate: 7,
            note: "done 7 days after the date (13 → 20 March)"),
        Row(done: "2026-03-20", asOf: "2026-03-18", state: .late, daysLate: 5,
            note: "done later than as-of does not count yet: late by 5 (13 → 18 March)"),
        Row(done: "2026-03-01", asOf: "2026-02-20", state: .pending, daysLate: 0,
            note: "done later than as-of, 21 days ahead (20 Feb → 13 Mar = 8 + 13)"),
        Row(asOf: "2026-04-13", statutory: false, state: .dueSoon, daysLate: 0,
            note: "guidance past its date is never late"),
        Row(done: "2026-03-20", asOf: "2026-03-25", statutory: false, state: .done, daysLate: 0,
            note: "guidance done after its date is simply done"),
        Row(asOf: "2026-03-12", dueSoonDays: 0, state: .pending, daysLate: 0,
            note: "no warning window: the day before is pending"),
        Row(asOf: "2026-03-13", dueSoonDays: 0, state: .dueSoon, daysLate: 0,
            note: "no warning window: due soon on the day"),
        Row(asOf: "2026-02-11", dueSoonDays: 30, state: .dueSoon, daysLate: 0,
            note: "a 30-day window (11 Feb → 13 Mar = 17 + 13 = 30)"),
    ]

    @Test("state and days_late of a deadline due 2026-03-13", arguments: rows)
    func table(_ row: Row) {
        let due = day(Self.due)
        let done = row.done.map { day($0) }
        let state = DeadlineState.of(due: due, done: done, asOf: day(row.asOf), statutory: row.statutory,
                                     dueSoonDays: row.dueSoonDays)
        #expect(state == row.state)
        #expect(DeadlineState.daysLate(due: due, done: done, asOf: day(row.asOf), statutory: row.statutory)
                    == row.daysLate)
    }

    @Test("the states' raw values are the API's")
    func rawValues() {
        #expect(DeadlineState.allCases.map(\.rawValue) == ["pending", "due_soon", "done", "done_late", "late", "lapsed", "excepted"])
    }
}
