import Foundation
import ReviewCore
import ReviewTestSupport
import Testing

@Suite("CivilDate — ISO parsing, day arithmetic, months and statutory periods")
struct CivilDateTests {
    // MARK: Parsing and printing

    @Test("parses exactly YYYY-MM-DD")
    func parsesISO() throws {
        let date = try CivilDate(iso: "2025-03-14")
        #expect(date.year == 2025)
        #expect(date.month == 3)
        #expect(date.day == 14)
        #expect(try CivilDate(iso: "2024-02-29") == CivilDate(year: 2024, month: 2, day: 29))
    }

    @Test("rejects a day the calendar does not have", arguments: [
        "2026-02-30", // February has at most 29 days
        "2025-02-29", // 2025 is a common year
        "1900-02-29", // 1900 is divisible by 100 and not by 400: common
        "2026-04-31", // April has 30 days
        "2026-13-01", // no month 13
        "2026-00-10", // no month 0
        "2026-01-00", // no day 0
        "0000-01-01", // no year 0
    ])
    func rejectsImpossible(_ text: String) {
        #expect(throws: CivilDateError.impossible(text)) { try CivilDate(iso: text) }
    }

    @Test("rejects text that is not YYYY-MM-DD", arguments: [
        "2026-2-3", "abcd-ef-gh", "", "2026-02-3", "2026/02/03", " 2026-02-03", "2026-02-03 ",
        "+026-02-03", "2026-0a-03", "20260203", "2026-02-03T00:00:00Z",
    ])
    func rejectsMalformed(_ text: String) {
        #expect(throws: CivilDateError.malformed(text)) { try CivilDate(iso: text) }
    }

    @Test("the memberwise initialiser returns nil for impossible dates")
    func failableInit() {
        #expect(CivilDate(year: 2026, month: 2, day: 30) == nil)
        #expect(CivilDate(year: 2026, month: 2, day: 28) != nil)
        #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test("description is zero-padded ISO", arguments: [
        (2025, 3, 14, "2025-03-14"),
        (5, 1, 2, "0005-01-02"),
        (9999, 12, 31, "9999-12-31"),
    ])
    func description(year: Int, month: Int, dayOfMonth: Int, text: String) throws {
        let date = try #require(CivilDate(year: year, month: month, day: dayOfMonth))
        #expect(date.description == text)
        #expect("\(date)" == text)
    }

    @Test("travels as its ISO text in JSON, and refuses an impossible date")
    func codable() throws {
        let data = try JSONEncoder().encode([day("2026-03-14")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-14"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: Data(#"["2024-02-29"]"#.utf8)) == [day("2024-02-29")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }

    @Test("orders chronologically, not as text of its fields")
    func ordering() {
        #expect(day("2025-12-31") < day("2026-01-01"))
        #expect(day("2026-02-28") < day("2026-03-01"))
        #expect(day("2026-09-30") < day("2026-10-01"))
        #expect(!(day("2026-03-14") < day("2026-03-14")))
    }

    // MARK: Leap years

    @Test("leap years: every 4th, not every 100th, but every 400th", arguments: [
        (2024, true), (2028, true), (2025, false), (2026, false), (1900, false), (2100, false),
        (2000, true), (1600, true),
    ])
    func leapYears(year: Int, leap: Bool) {
        #expect(CivilDate.isLeap(year) == leap)
        #expect(CivilDate.daysIn(month: 2, year: year) == (leap ? 29 : 28))
    }

    // MARK: Day numbers

    @Test("day numbers count from 1970-01-01", arguments: [
        ("1970-01-01", 0),
        ("1969-12-31", -1),
        // 1970..1999: 30 × 365 + 7 leap days (1972 … 1996) = 10 957; + Jan 31 + Feb 29 (2000 is leap) = 11 017
        ("2000-03-01", 11_017),
        // 2000..2025: 26 × 365 + 7 leap days (2000 … 2024) = 9 497 → 2026-01-01 = 10 957 + 9 497 = 20 454;
        // + Jan 31 + Feb 28 + 28 = 20 541 (1 774 742 400 s / 86 400)
        ("2026-03-29", 20_541),
        // 1900-01-01 is 70 × 365 + 17 leap days (1904 … 1968) = 25 567 days before 1970
        ("1900-01-01", -25_567),
    ])
    func dayNumbers(iso: String, number: Int) {
        #expect(day(iso).dayNumber == number)
        #expect(CivilDate(dayNumber: number) == day(iso))
    }

    // MARK: Adding days and weeks

    @Test("adding days crosses month, year and leap-day boundaries", arguments: [
        ("2025-12-31", 1, "2026-01-01"),
        ("2024-02-28", 1, "2024-02-29"), // leap year
        ("2025-02-28", 1, "2025-03-01"), // common year
        ("2024-03-01", -1, "2024-02-29"),
        ("2025-03-14", 365, "2026-03-14"), // no 29 February in between
        ("2024-01-01", 366, "2025-01-01"), // 2024 has 366 days
        ("2026-02-10", 56, "2026-04-07"), // 18 days to 28 Feb, 31 in March, 7 in April
        ("2026-03-05", -14, "2026-02-19"),
    ])
    func addingDays(from: String, days: Int, to: String) {
        #expect(day(from).adding(days: days) == day(to))
        #expect(day(from).days(until: day(to)) == days)
    }

    @Test("a week is seven calendar days")
    func addingWeeks() {
        #expect(day("2026-01-20").adding(weeks: 4) == day("2026-02-17")) // 20 + 28 = 48 − 31 = 17 Feb
        #expect(day("2026-02-20").adding(weeks: -2) == day("2026-02-06"))
    }

    // MARK: Months

    @Test("adding months keeps the day, clamped to the month's length", arguments: [
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2025-03-31", -1, "2025-02-28"),
        ("2025-11-15", 3, "2026-02-15"),
        ("2026-09-01", -5, "2026-04-01"),
        ("2026-07-31", -5, "2026-02-28"),
        ("2025-01-15", -13, "2023-12-15"),
        ("2025-03-14", 12, "2026-03-14"),
    ])
    func addingMonths(from: String, months: Int, to: String) {
        #expect(day(from).adding(months: months) == day(to))
    }

    @Test("the anniversary of 29 February in a common year is 1 March (DESIGN §4)")
    func leapDayAnniversary() {
        #expect(day("2024-02-29").anniversary(afterMonths: 12) == day("2025-03-01"))
        #expect(day("2024-02-29").anniversary(afterMonths: 48) == day("2028-02-29"))
        #expect(day("2025-03-14").anniversary(afterMonths: 12) == day("2026-03-14"))
    }

    @Test("a period of months *starting with* a date counts that date as day one", arguments: [
        ("2025-03-14", 12, "2026-03-13"), // DESIGN §4's own example
        ("2024-02-29", 12, "2025-02-28"), // anniversary 1 March 2025, the day before is 28 February
        ("2028-02-29", 12, "2029-02-28"),
        ("2027-03-01", 12, "2028-02-29"), // anniversary 1 March 2028, the day before is the leap day
        ("2025-01-01", 12, "2025-12-31"),
        ("2025-01-15", 6, "2025-07-14"),
        ("2025-08-31", 6, "2026-02-28"), // no 31 February: anniversary rolls to 1 March
    ])
    func periodsStartingWith(start: String, months: Int, end: String) {
        #expect(day(start).endOfPeriod(months: months) == day(end))
    }
}
