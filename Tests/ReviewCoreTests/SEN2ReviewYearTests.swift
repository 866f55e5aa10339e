import ReviewCore
import ReviewTestSupport
import Testing

/// The SEN2 census date and the calendar year it reports.
@Suite("SEN2 review year and census date")
struct SEN2ReviewYearTests {
    @Test("the census date is the third Thursday of the next January: the DfE's survey days of 2024 to 2027",
          arguments: [(2023, "2024-01-18"), (2024, "2025-01-16"), (2025, "2026-01-15"), (2026, "2027-01-21")])
    func censusDates(year: Int, census: String) throws {
        let period = try SEN2ReviewYear(year: year)
        #expect(period.censusDate == day(census))
        #expect(period.returnYear == year + 1)
        #expect(period.start == day("\(year)-01-01"))
        #expect(period.end == day("\(year)-12-31"))
    }

    @Test("the third Thursday of a January that starts on a Thursday, and of one that starts the day after")
    func thirdThursdayEdges() {
        #expect(SEN2ReviewYear.thirdThursdayOfJanuary(2026) == day("2026-01-15"), "1 January 2026 is a Thursday")
        #expect(SEN2ReviewYear.thirdThursdayOfJanuary(2027) == day("2027-01-21"), "1 January 2027 is a Friday")
        #expect(SEN2ReviewYear.thirdThursdayOfJanuary(2032) == day("2032-01-15"))
    }

    @Test("a year before EHC plans, or one with no next year, is refused under year")
    func badYear() {
        #expect(throws: FieldError(field: "year", reason: "must be a year from 2014 to 9998")) {
            try SEN2ReviewYear(year: 2013)
        }
        #expect(throws: FieldError.self) { try SEN2ReviewYear(year: 9999) }
    }

    @Test("another census date may be given, but only in the January after the year")
    func censusOverride() throws {
        #expect(try SEN2ReviewYear(year: 2025, censusDate: day("2026-01-22")).censusDate == day("2026-01-22"))
        #expect(throws: FieldError(field: "census_date",
                                   reason: "2026-02-05 is not in January 2026, when the return for 2025 is made")) {
            try SEN2ReviewYear(year: 2025, censusDate: day("2026-02-05"))
        }
        #expect(throws: FieldError.self) { try SEN2ReviewYear(year: 2025, censusDate: day("2025-01-16")) }
    }

    @Test("the year contains its first and last day and nothing else")
    func contains() throws {
        let period = try SEN2ReviewYear(year: 2025)
        #expect(period.contains(day("2025-01-01")) && period.contains(day("2025-12-31")))
        #expect(!period.contains(day("2024-12-31")) && !period.contains(day("2026-01-01")))
    }
}
