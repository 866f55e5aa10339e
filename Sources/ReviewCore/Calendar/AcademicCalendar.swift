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

    /// Age in completed years on `date` (0 before the first birthday, -1 before birth). Someone born on
    /// 29 February gains a year on 1 March in a common year (the anniversary rule of DESIGN §4).
    public static func age(bornOn birth: CivilDate, on date: CivilDate) -> Int {
        guard date >= birth else { return -1 }
        var years = date.year - birth.year
        if birth.anniversary(afterMonths: 12 * years) > date { years -= 1 }
        return years
    }

    /// The year group derived from the date of birth for academic year `year`: the age on 31 August of
    /// `year`, less 4. A birthday from 1 January to 31 August (29 February included, since its anniversary
    /// is 1 March) has passed by 31 August; one from September has not. Written as a formula rather than
    /// through ``age(bornOn:on:)`` so that it also holds for years before the birth, from which the phase
    /// transfers are counted.
    public static func derivedYearGroup(bornOn birth: CivilDate, inAcademicYear year: Int) -> YearGroup {
        let ageOnThirtyFirstAugust = year - birth.year - (birth.month >= 9 ? 1 : 0)
        return YearGroup(ageOnThirtyFirstAugust - 4)
    }
}
