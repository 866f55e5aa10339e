import ReviewCore
import ReviewTestSupport
import Testing

/// A year group set by hand is true for one academic year and counts on from there (issue 13; DESIGN §4,
/// the 1 September academic year of the Education Act 1996 s.579 used by AcademicCalendar).
@Suite("A year group set by hand says which academic year it was given for")
struct AcademicYearNameTests {
    @Test("academic years as schools write them", arguments: [("2025/26", 2025), ("2025-26", 2025), ("2025/2026", 2025),
                                                               ("2025", 2025), (" 1999/00 ", 1999), ("2099/2100", 2099)])
    func parses(text: String, year: Int) throws {
        #expect(try AcademicYearName.parse(text, field: "year_group_for") == year)
    }

    @Test("what is not an academic year is refused, naming the field and the forms accepted",
          arguments: ["2025/27", "2025/2025", "25/26", "twenty", "", "2025/26/27", "2025/", "２０２５"])
    func refuses(text: String) {
        #expect(throws: FieldError.self) { try AcademicYearName.parse(text, field: "year_group_for") }
        do {
            _ = try AcademicYearName.parse(text, field: "year_group_for")
        } catch {
            #expect(error.field == "year_group_for")
            #expect(error.reason.contains("2025/26"), "the reason shows the form: \(error.reason)")
        }
    }

    @Test("names are written the way they are read", arguments: [2025, 1999, 2009, 2099])
    func roundTrip(year: Int) throws {
        #expect(try AcademicYearName.parse(AcademicYearName.text(year), field: "f") == year)
        #expect(AcademicYearName.text(2025) == "2025/26")
        #expect(AcademicYearName.text(1999) == "1999/00")
    }

    static let july = day("2026-07-10")      // academic year 2025/26
    static let born = day("2012-10-01")      // Year 8 in 2025/26 by age; held back: Year 7

    @Test("given in July for the year ahead, it is right from September, not a year behind")
    func givenForNextYear() throws {
        let child = try NewChild(givenName: "A", familyName: "B", dateOfBirth: Self.born, yearGroup: YearGroup(8),
                                 yearGroupFor: 2026, today: Self.july)
        #expect(child.yearGroupOverride == YearGroupOverride(yearGroup: YearGroup(8), academicYear: 2026))
        let facts = ChildFacts(dateOfBirth: Self.born, yearGroupOverride: child.yearGroupOverride)
        #expect(facts.yearGroup(on: day("2026-09-01")) == YearGroup(8))
        #expect(facts.yearGroup(on: day("2027-09-01")) == YearGroup(9))
        #expect(facts.yearGroup(on: Self.july) == YearGroup(7))
    }

    @Test("without year_group_for it is the current year's, and counts on each 1 September")
    func currentYearByDefault() throws {
        let child = try NewChild(givenName: "A", familyName: "B", dateOfBirth: Self.born, yearGroup: YearGroup(7),
                                 today: Self.july)
        #expect(child.yearGroupOverride == YearGroupOverride(yearGroup: YearGroup(7), academicYear: 2025))
        let facts = ChildFacts(dateOfBirth: Self.born, yearGroupOverride: child.yearGroupOverride)
        #expect(facts.yearGroup(on: day("2026-08-31")) == YearGroup(7))
        #expect(facts.yearGroup(on: day("2026-09-01")) == YearGroup(8))
    }

    @Test("a past year is allowed (the override said for 2024/25 is Year 9 two years on)")
    func pastYear() throws {
        let child = try NewChild(givenName: "A", familyName: "B", dateOfBirth: Self.born, yearGroup: YearGroup(6),
                                 yearGroupFor: 2024, today: Self.july)
        let facts = ChildFacts(dateOfBirth: Self.born, yearGroupOverride: child.yearGroupOverride)
        #expect(facts.yearGroup(on: day("2026-09-01")) == YearGroup(8))
    }

    @Test("refused: a year not begun, a year before the birth, a year without a year group",
          arguments: [(YearGroup(8) as YearGroup?, 2027, "has not begun"), (YearGroup(8), 2011, "before the child was born"),
                      (nil, 2025, "give year_group too")])
    func refusals(group: YearGroup?, year: Int, reason: String) {
        do {
            _ = try NewChild(givenName: "A", familyName: "B", dateOfBirth: Self.born, yearGroup: group, yearGroupFor: year,
                             today: Self.july)
            Issue.record("accepted \(year)")
        } catch {
            #expect(error.field == "year_group_for")
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test("the import reads year_group_for and names it in its problems")
    func importColumn() {
        let header = "child_ref,given_name,family_name,date_of_birth,year_group,year_group_for\n"
        let good = importItems(.children, header + "A,B,C,01/10/2012,8,2025/26\n")
        #expect(good.problemLines == [])
        if case .child(let row) = good.rows.first { #expect(row.yearGroupFor == 2025) } else { Issue.record("no child row") }
        let bad = importItems(.children, header + "A,B,C,01/10/2012,8,2025/27\n")
        #expect(bad.problemLines.count == 1)
        #expect(bad.problemLines.first?.hasPrefix("line 2, year_group_for: ") == true, "\(bad.problemLines)")
    }
}
