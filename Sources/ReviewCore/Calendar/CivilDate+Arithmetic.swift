/// Day counting on ``CivilDate`` without Foundation: the civil-from-days algorithm (Howard Hinnant's
/// `days_from_civil`), so that the rules can add days and months with no calendar object and no time zone.
extension CivilDate {
    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        // Every day number maps to a valid date by construction of the algorithm.
        self.year = y
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    public func adding(weeks: Int) -> CivilDate { adding(days: 7 * weeks) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// The same day of the month `months` later (or earlier), the day clamped to the month's length:
    /// 31 January + 1 month is 28 (or 29) February. Used for "5 months before" and guidance periods.
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
        return CivilDate(unchecked: newYear, newMonth, newDay)
    }

    /// The day that is `months` months "on" from this one in the statutory sense: the same day of the
    /// month, except that a day the target month lacks rolls to the 1st of the next month. This is how the
    /// anniversary of 29 February falls on 1 March in a common year (DESIGN §4).
    public func anniversary(afterMonths months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        if day <= CivilDate.daysIn(month: newMonth, year: newYear) {
            return CivilDate(unchecked: newYear, newMonth, day)
        }
        return CivilDate(unchecked: newYear, newMonth, 1).adding(months: 1)
    }

    /// The last day of a period of `months` months *starting with* this date (the date counts as day one):
    /// a 12-month period starting with 14 March 2025 ends on 13 March 2026.
    public func endOfPeriod(months: Int) -> CivilDate {
        anniversary(afterMonths: months).adding(days: -1)
    }

    /// Whether the date lies in `[start, end)`, an open end meaning "no end yet".
    public func falls(onOrAfter start: CivilDate, before end: CivilDate?) -> Bool {
        self >= start && end.map { self < $0 } ?? true
    }

    /// 0001-01-01, the earliest date there is: the open lower end of a range of dates.
    public static let earliest = CivilDate(unchecked: 1, 1, 1)

    /// Builds a date from parts the caller has already proved valid.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
