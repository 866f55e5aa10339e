import ReviewCore
import ReviewTestSupport
import Testing

@Suite("AcademicCalendar — ages, academic years and year groups with the 31 August cut-off")
struct AcademicCalendarTests {
    @Test("age in completed years", arguments: [
        ("2015-08-31", "2026-08-30", 10),
        ("2015-08-31", "2026-08-31", 11), // the 11th birthday itself
        ("2015-09-01", "2026-08-31", 10),
        ("2010-05-10", "2026-05-09", 15),
        ("2010-05-10", "2026-05-10", 16),
        ("2010-05-10", "2010-05-10", 0),
    ])
    func age(born: String, on date: String, years: Int) {
        #expect(AcademicCalendar.age(bornOn: day(born), on: day(date)) == years)
    }

    @Test("born on 29 February: a year older on 1 March in a common year, on 29 February in a leap year",
          arguments: [
              ("2013-02-28", 0),
              ("2013-03-01", 1),
              ("2015-02-28", 2),
              ("2015-03-01", 3),
              ("2016-02-28", 3),
              ("2016-02-29", 4), // a leap year: the real birthday
          ])
    func leapDayBirthday(on date: String, years: Int) {
        #expect(AcademicCalendar.age(bornOn: day("2012-02-29"), on: day(date)) == years)
    }

    @Test("an academic year starts on 1 September and is named by the calendar year it starts in")
    func academicYear() {
        #expect(AcademicCalendar.academicYear(containing: day("2026-08-31")) == 2025)
        #expect(AcademicCalendar.academicYear(containing: day("2026-09-01")) == 2026)
        #expect(AcademicCalendar.academicYear(containing: day("2027-01-15")) == 2026)
        #expect(AcademicCalendar.firstDay(ofAcademicYear: 2026) == day("2026-09-01"))
    }

    @Test("year group from the date of birth, with the 31 August cut-off", arguments: [
        // aged 4 on 31 August 2025 → Reception in 2025/26
        ("2021-08-31", 2025, 0),
        // born a day later: aged 3 on 31 August 2025 → the nursery year before Reception
        ("2021-09-01", 2025, -1),
        // aged 13 on 31 August 2025 → Year 9
        ("2012-08-31", 2025, 9),
        ("2012-09-01", 2025, 8),
        // aged 16 on 31 August 2025 → Year 12
        ("2009-08-31", 2025, 12),
        ("2009-09-01", 2025, 11),
        // aged 11 on 31 August 2026 → Year 7 in 2026/27
        ("2015-08-31", 2026, 7),
        ("2015-09-01", 2026, 6),
        // born 29 February 2020: aged 4 on 31 August 2024 → Reception in 2024/25
        ("2020-02-29", 2024, 0),
    ])
    func derivedYearGroup(born: String, academicYear: Int, group: Int) {
        #expect(AcademicCalendar.derivedYearGroup(bornOn: day(born), inAcademicYear: academicYear) == YearGroup(group))
        #expect(ChildFacts(dateOfBirth: day(born)).yearGroup(inAcademicYear: academicYear) == YearGroup(group))
    }

    @Test("the year group on a date changes on 1 September, not on the birthday")
    func yearGroupOnDate() {
        let child = PlanFixtures.child(born: "2012-05-10") // aged 13 on 31 August 2025
        #expect(child.yearGroup(on: day("2025-08-31")) == YearGroup(8))
        #expect(child.yearGroup(on: day("2025-09-01")) == .year9)
        #expect(child.yearGroup(on: day("2026-05-10")) == .year9) // 14th birthday, still Year 9
        #expect(child.yearGroup(on: day("2026-09-01")) == YearGroup(10))
    }

    @Test("a year-group override counts on from the year it was recorded for")
    func yearGroupOverride() {
        // Born 2015-08-31 (Year 6 in 2025/26 by age) but taught a year behind: Year 5 in 2025/26.
        let child = ChildFacts(dateOfBirth: day("2015-08-31"),
                               yearGroupOverride: YearGroupOverride(yearGroup: YearGroup(5), academicYear: 2025))
        #expect(child.yearGroup(inAcademicYear: 2025) == YearGroup(5))
        #expect(child.yearGroup(inAcademicYear: 2027) == .year7) // 5 + 2
        #expect(child.yearGroup(inAcademicYear: 2024) == YearGroup(4))
        #expect(child.academicYear(whenIn: .year7) == 2027)
        #expect(child.academicYear(whenIn: .year12) == 2032) // 2027 + 5
    }

    @Test("the academic year a child enters a year group")
    func academicYearWhenIn() {
        let child = PlanFixtures.child(born: "2015-05-10")
        #expect(child.academicYear(whenIn: .reception) == 2019) // aged 4 on 31 August 2019
        #expect(child.academicYear(whenIn: .year7) == 2026) // aged 11 on 31 August 2026
        #expect(child.academicYear(whenIn: .year12) == 2031) // aged 16 on 31 August 2031
    }

    @Test("the academic year a child born on 31 August enters a year group")
    func academicYearWhenInBornThirtyFirstAugust() {
        let child = PlanFixtures.child(born: "2015-08-31")
        #expect(child.academicYear(whenIn: .reception) == 2019) // aged 4 on 31 August 2019
        #expect(child.academicYear(whenIn: .year7) == 2026) // aged 11 on 31 August 2026
        #expect(child.academicYear(whenIn: .year12) == 2031) // aged 16 on 31 August 2031
    }

    @Test("year groups print as schools name them")
    func yearGroupDescription() {
        #expect(YearGroup.reception.description == "Reception")
        #expect(YearGroup.year9.description == "Year 9")
        #expect(YearGroup(-1).description == "Nursery (-1)")
    }
}
