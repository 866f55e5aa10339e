/// The calendar year whose annual reviews the DfE counts, and the SEN2 census date at which the per-plan
/// items are read.
///
/// The SEN2 survey is made every January; its survey (census) day is a Thursday in the middle of January —
/// 18 January 2024, 16 January 2025, 15 January 2026, 21 January 2027, the third Thursday each time (DfE,
/// "Special educational needs survey: guide to submitting data",
/// https://www.gov.uk/guidance/special-educational-needs-survey). The DfE publishes a calendar year's
/// annual-review figures from the survey of the January after it ("Number of annual reviews of EHC plans",
/// calendar year 2025, https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/49159ef4-a116-47d7-9e16-61feb9981089).
/// So `year` 2025 means: reviews of 1 January – 31 December 2025, items read as at 15 January 2026, the
/// return called SEN2 2026. Should the DfE choose another survey day, pass it as `censusDate`.
///
/// ```swift
/// let year = try SEN2ReviewYear(year: 2025)
/// year.censusDate      // 2026-01-15
/// year.returnYear      // 2026
/// ```
public struct SEN2ReviewYear: Sendable, Hashable {
    /// The calendar year of the reviews counted.
    public let year: Int
    /// 1 January of `year`.
    public let start: CivilDate
    /// 31 December of `year`.
    public let end: CivilDate
    /// The day the per-plan items are read as at: the survey day of the return that reports `year`.
    public let censusDate: CivilDate

    /// The years an export may ask for: EHC plans began in September 2014.
    public static let years = 2014...9998

    /// A year, with the census date of its return (the third Thursday of the next January unless given).
    /// A year outside ``years`` is refused under `year`; a census date outside the next January under
    /// `census_date`.
    public init(year: Int, censusDate: CivilDate? = nil) throws(FieldError) {
        guard Self.years.contains(year) else {
            throw FieldError(field: "year", reason: "must be a year from \(Self.years.lowerBound) to \(Self.years.upperBound)")
        }
        let census = censusDate ?? Self.thirdThursdayOfJanuary(year + 1)
        guard census.year == year + 1, census.month == 1 else {
            throw FieldError(field: "census_date", reason: "\(census) is not in January \(year + 1), when the return for \(year) is made")
        }
        self.year = year
        start = CivilDate(unchecked: year, 1, 1)
        end = CivilDate(unchecked: year, 12, 31)
        self.censusDate = census
    }

    /// The SEN2 return that reports this year: SEN2 2026 for the reviews of 2025.
    public var returnYear: Int { year + 1 }

    /// Whether `date` falls in the calendar year.
    public func contains(_ date: CivilDate) -> Bool { date >= start && date <= end }

    /// The third Thursday of January of `year`: the SEN2 survey day of 2024 to 2027.
    public static func thirdThursdayOfJanuary(_ year: Int) -> CivilDate {
        let first = CivilDate(unchecked: year, 1, 1)
        // Day 0 (1 January 1970) was a Thursday, so a day's distance from Thursday is its number mod 7.
        let sinceThursday = ((first.dayNumber % 7) + 7) % 7
        return first.adding(days: (7 - sinceThursday) % 7 + 14)
    }
}
