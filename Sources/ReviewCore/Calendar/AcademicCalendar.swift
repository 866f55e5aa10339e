/// The English school calendar as the law uses it: academic years starting 1 September, the
/// 31 August age cut-off, and ages in whole years.
///
/// A child aged 4 on 31 August starts Reception that September; aged 13, Year 9; aged 16, Year 12
/// (DESIGN §4). An academic year is named by the calendar year it starts in: `2026` is 2026/27.
public enum AcademicCalendar {
    /// The calendar year in which the academic year containing `date` started.
    public static func academicYear(containing date: CivilDate) -> Int {
        date.month >= 9 ? date.year : date.year - 1
    }

    /// The first day of academic year `year` (1 September), the usual day of a phase transfer.
    public static func firstDay(ofAcademicYear year: Int) -> CivilDate {
        CivilDate(unchecked: year, 9, 1)
    }

    /// Age in completed years on `date`. Someone born on 29 February gains a year on 1 March in a
    /// common year (Family Law Reform Act 1969 s9 reads a birthday as the anniversary of birth).
    public static func age(bornOn birth: CivilDate, on date: CivilDate) -> Int {
        guard date >= birth else { return -1 - age(bornOn: date, on: birth) }
        var years = date.year - birth.year
        if birth.anniversary(afterMonths: 12 * years) > date { years -= 1 }
        return years
    }

    /// The year group derived from the date of birth for academic year `year`.
    public static func derivedYearGroup(bornOn birth: CivilDate, inAcademicYear year: Int) -> YearGroup {
        YearGroup(age(bornOn: birth, on: CivilDate(unchecked: year, 8, 31)) - 4)
    }
}
