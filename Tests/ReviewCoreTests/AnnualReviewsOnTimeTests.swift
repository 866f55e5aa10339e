import ReviewCore
import ReviewTestSupport
import Testing

/// The digest's twelve-month chart (issue 13): annual reviews by the month they fell due, concluded on time
/// (the decision notice on or before the annual date, CFA 2014 s44(1); CoP 9.166), concluded late, or not
/// concluded yet.
@Suite("AnnualReviewsOnTime — annual reviews concluded on time per month (CFA 2014 s44(1))")
struct AnnualReviewsOnTimeTests {
    @Test("covers the twelve complete months before the digest's month")
    func window() {
        let chart = AnnualReviewsOnTime(date: day("2026-12-08"))
        #expect(chart.dueDates == day("2025-12-01")...day("2026-11-30"))
        let january = AnnualReviewsOnTime(date: day("2027-01-01"))
        #expect(january.dueDates == day("2026-01-01")...day("2026-12-31"))
        let months = january.months(from: [])
        #expect(months.count == 12)
        #expect(months.first.map { [$0.year, $0.month] } == [2026, 1])
        #expect(months.last.map { [$0.year, $0.month] } == [2026, 12])
        #expect(months.allSatisfy { $0.due == 0 && $0.percentOnTime == nil })
    }

    @Test("a decision on the annual date is on time, the day after is late, none yet is open")
    func judgedByDeadlineState() {
        let chart = AnnualReviewsOnTime(date: day("2026-12-08"))
        let months = chart.months(from: [
            .init(dueOn: day("2026-03-13"), doneOn: day("2026-03-13")),            // on the day: on time
            .init(dueOn: day("2026-03-13"), doneOn: day("2026-03-14")),            // a day late
            .init(dueOn: day("2026-03-31"), doneOn: day("2026-02-01"), count: 3),  // early, three of them
            .init(dueOn: day("2026-03-20"), doneOn: nil),                          // still not concluded
            .init(dueOn: day("2026-03-20"), doneOn: day("2026-12-09")),            // done after the digest's date: open then
            .init(dueOn: day("2026-03-02"), doneOn: nil, closedUndone: true),      // plan ceased: not counted
        ])
        let march = months[3]
        #expect([march.year, march.month] == [2026, 3])
        #expect(march.due == 7)
        #expect(march.onTime == 4)
        #expect(march.concludedLate == 1)
        #expect(march.open == 2)
        #expect(march.percentOnTime == 57)   // 4 of 7, rounded
        #expect(months.filter { $0.due > 0 }.count == 1)
    }

    @Test("rows outside the twelve months are ignored")
    func outside() {
        let chart = AnnualReviewsOnTime(date: day("2026-12-08"))
        let months = chart.months(from: [
            .init(dueOn: day("2025-11-30"), doneOn: nil),
            .init(dueOn: day("2026-12-01"), doneOn: nil),
            .init(dueOn: day("2025-12-01"), doneOn: day("2025-12-01")),
            .init(dueOn: day("2026-11-30"), doneOn: day("2026-12-01")),
        ])
        #expect(months.map(\.due).reduce(0, +) == 2)
        #expect(months[0].onTime == 1)
        #expect(months[11].concludedLate == 1)
    }
}
