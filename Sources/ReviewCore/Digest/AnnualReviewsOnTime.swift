/// How many annual reviews were concluded on time, month by month, over the twelve complete months before
/// the digest's date: the figure an authority is judged on (CFA 2014 s44(1): the review concluded within
/// 12 months; the DfE's SEN2 return asks the same of each year's reviews), drawn as a chart in the digest.
///
/// A review counts in the month its annual date fell due. On time means its decision notice was issued on
/// or before that date (``DeadlineState/done``); late means issued after it (``DeadlineState/doneLate``);
/// still open means no decision yet (``DeadlineState/late``). A deadline closed without a decision (its
/// plan ceased) is counted in none of them: nobody could conclude it.
///
/// ```swift
/// let chart = AnnualReviewsOnTime(date: day("2026-12-08"))
/// chart.dueDates                      // 2025-12-01 ... 2026-11-30
/// chart.months(from: rows)            // 12 figures, oldest first
/// ```
public struct AnnualReviewsOnTime: Sendable, Hashable {
    /// One annual-review deadline, or several with the same dates (a `GROUP BY` count).
    public struct Row: Sendable, Hashable {
        public var dueOn: CivilDate
        public var doneOn: CivilDate?
        /// Closed without a decision (the plan ceased).
        public var closedUndone: Bool
        public var count: Int

        public init(dueOn: CivilDate, doneOn: CivilDate?, closedUndone: Bool = false, count: Int = 1) {
            self.dueOn = dueOn
            self.doneOn = doneOn
            self.closedUndone = closedUndone
            self.count = count
        }
    }

    /// One month of the chart.
    public struct Month: Codable, Sendable, Hashable {
        public var year: Int
        public var month: Int
        /// Annual reviews due in the month (those closed without a decision left out).
        public var due: Int
        public var onTime: Int
        public var concludedLate: Int
        /// Not concluded by the digest's date: still late.
        public var open: Int

        public init(year: Int, month: Int, due: Int = 0, onTime: Int = 0, concludedLate: Int = 0, open: Int = 0) {
            self.year = year
            self.month = month
            self.due = due
            self.onTime = onTime
            self.concludedLate = concludedLate
            self.open = open
        }

        /// Whole per cent on time, or `nil` when nothing fell due.
        public var percentOnTime: Int? {
            due == 0 ? nil : (onTime * 100 + due / 2) / due
        }
    }

    /// How many complete months the chart covers.
    public static let months = 12

    public let date: CivilDate

    public init(date: CivilDate) {
        self.date = date
    }

    /// The due dates the chart covers: the first day of the twelfth month before ``date``'s month through
    /// the last day of the month before it.
    public var dueDates: ClosedRange<CivilDate> {
        let firstOfThisMonth = CivilDate(unchecked: date.year, date.month, 1)
        return firstOfThisMonth.adding(months: -Self.months)...firstOfThisMonth.adding(days: -1)
    }

    /// The twelve months, oldest first, each with its counts from `rows` (rows outside ``dueDates`` are
    /// ignored). Each row is judged by ``DeadlineState/of(due:done:asOf:statutory:dueSoonDays:)`` on ``date``.
    public func months(from rows: [Row]) -> [Month] {
        let start = dueDates.lowerBound
        var months = (0..<Self.months).map { offset -> Month in
            let first = start.adding(months: offset)
            return Month(year: first.year, month: first.month)
        }
        for row in rows where dueDates.contains(row.dueOn) && !row.closedUndone {
            let index = (row.dueOn.year - start.year) * 12 + row.dueOn.month - start.month
            guard months.indices.contains(index) else { continue }
            months[index].due += row.count
            switch DeadlineState.of(due: row.dueOn, done: row.doneOn, asOf: date, statutory: true, dueSoonDays: 0) {
            case .done: months[index].onTime += row.count
            case .doneLate: months[index].concludedLate += row.count
            case .late, .pending, .dueSoon, .lapsed, .excepted: months[index].open += row.count
            }
        }
        return months
    }
}
