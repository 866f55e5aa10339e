import Foundation
import PropertyBased
import ReviewCore
import ReviewTestSupport
import Testing

/// Day numbers from 1900-01-01 (-25 567) to 2100-12-31 (47 846).
let dayNumbers = Gen.int(in: -25_567...47_846)
/// Civil dates from 1900 to 2100.
let civilDates = dayNumbers.map { CivilDate(dayNumber: $0) }
/// Dates of birth from 1990 to 2030: a quarter each on 31 August, on 1 September, on 29 February (28 in a
/// common year) and on any day, so that the cut-off days are always tried.
let birthDates = zip(Gen.int(in: 1990...2030), Gen.int(in: 0...3), Gen.int(in: 7_305...22_279))
    .compactMap { (parts: (Int, Int, Int)) -> CivilDate? in
        let (year, kind, number) = parts
        switch kind {
        case 0: return CivilDate(year: year, month: 8, day: 31)
        case 1: return CivilDate(year: year, month: 9, day: 1)
        case 2: return CivilDate(year: year, month: 2, day: CivilDate.isLeap(year) ? 29 : 28)
        default: return CivilDate(dayNumber: number)
        }
    }

@Suite("CivilDate and AcademicCalendar — properties")
struct CivilDatePropertyTests {
    @Test("day number → date → day number is the identity, and agrees with Foundation's UTC calendar")
    func dayNumberRoundTrip() async {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let calendar = utc
        await propertyCheck(count: 500, input: Gen.int(in: -200_000...200_000)) { number in
            let date = CivilDate(dayNumber: number)
            #expect(date.dayNumber == number)
            let parsed = try CivilDate(iso: date.description)
            #expect(parsed == date)
            // Foundation's Gregorian calendar is Julian before 15 October 1582; compare from 1600 on.
            if (1600...9999).contains(date.year) {
                let parts = calendar.dateComponents([.year, .month, .day],
                                                    from: Date(timeIntervalSince1970: Double(number) * 86_400))
                #expect([parts.year, parts.month, parts.day] == [date.year, date.month, date.day])
            }
        }
    }

    @Test("adding days is additive and days(until:) inverts it")
    func addingDaysIsAdditive() async {
        await propertyCheck(count: 500, input: civilDates, Gen.int(in: -1000...1000), Gen.int(in: -1000...1000)) {
            date, a, b in
            #expect(date.adding(days: a).adding(days: b) == date.adding(days: a + b))
            #expect(date.days(until: date.adding(days: a)) == a)
            #expect(date.adding(days: 0) == date)
        }
    }

    @Test("the next day is the next day of the month, or the 1st of the next month")
    func nextDay() async {
        await propertyCheck(count: 500, input: civilDates) { date in
            let next = date.adding(days: 1)
            let lastOfMonth = date.day == CivilDate.daysIn(month: date.month, year: date.year)
            if !lastOfMonth {
                #expect((next.year, next.month, next.day) == (date.year, date.month, date.day + 1))
            } else if date.month < 12 {
                #expect((next.year, next.month, next.day) == (date.year, date.month + 1, 1))
            } else {
                #expect((next.year, next.month, next.day) == (date.year + 1, 1, 1))
            }
            #expect(date < next)
        }
    }

    @Test("a 12-month period starting with a date ends the day before its anniversary")
    func endOfTwelveMonths() async {
        await propertyCheck(count: 500, input: civilDates) { date in
            // The anniversary: the same day a year on, except 29 February → 1 March in a common year.
            let anniversary: CivilDate = if date.month == 2 && date.day == 29 && !CivilDate.isLeap(date.year + 1) {
                try #require(CivilDate(year: date.year + 1, month: 3, day: 1))
            } else {
                try #require(CivilDate(year: date.year + 1, month: date.month, day: date.day))
            }
            let end = date.endOfPeriod(months: 12)
            #expect(end.adding(days: 1) == anniversary)
            #expect(end > date)
            #expect([364, 365].contains(date.days(until: end)))
        }
    }

    @Test("year group rises by exactly one each academic year from the birth year, with the 31 August cut-off")
    func yearGroupPerAcademicYear() async {
        await propertyCheck(count: 300, input: birthDates, Gen.int(in: 0...25)) { born, offset in
            let child = ChildFacts(dateOfBirth: born)
            let year = born.year + offset
            let group = child.yearGroup(inAcademicYear: year)
            #expect(child.yearGroup(inAcademicYear: year + 1).rawValue == group.rawValue + 1)
            // Born 1 September (A) … 31 August (A + 1): aged 4 on 31 August (A + 5), Reception in A + 5.
            #expect(group.rawValue == year - Self.birthAcademicYear(born) - 5)
        }
    }

    @Test("Reception, Year 7 and Year 12 start in the academic year the cut-off gives; year groups rise by one")
    func academicYearOfEachTransfer() async {
        await propertyCheck(count: 300, input: birthDates, Gen.int(in: -3...25)) { born, offset in
            let child = ChildFacts(dateOfBirth: born)
            let year = born.year + offset
            #expect(child.yearGroup(inAcademicYear: year + 1).rawValue
                        == child.yearGroup(inAcademicYear: year).rawValue + 1)
            for group in [YearGroup.reception, .year7, .year12] {
                #expect(child.academicYear(whenIn: group) == Self.birthAcademicYear(born) + 5 + group.rawValue)
            }
        }
    }

    /// The academic year the birth falls in, by hand: from 1 September.
    static func birthAcademicYear(_ born: CivilDate) -> Int { born.month >= 9 ? born.year : born.year - 1 }

    @Test("a year-group override also rises by exactly one each academic year")
    func overriddenYearGroup() async {
        await propertyCheck(count: 200, input: Gen.int(in: -2...21), Gen.int(in: 2000...2040),
                            Gen.int(in: 1990...2050)) { recorded, recordedYear, year in
            let child = ChildFacts(dateOfBirth: day("2015-08-31"),
                                   yearGroupOverride: YearGroupOverride(yearGroup: YearGroup(recorded),
                                                                        academicYear: recordedYear))
            #expect(child.yearGroup(inAcademicYear: year + 1).rawValue
                        == child.yearGroup(inAcademicYear: year).rawValue + 1)
            #expect(child.yearGroup(inAcademicYear: recordedYear) == YearGroup(recorded))
        }
    }
}
