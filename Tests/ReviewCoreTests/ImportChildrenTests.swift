import Foundation
import ReviewCore
import ReviewTestSupport
import Testing

@Suite("Import: children files")
struct ImportChildrenTests {
    @Test("a messy Excel file (BOM, CRLF, spaced header, quotes, blank rows, ,,,): every bad row, each problem")
    func messyFile() throws {
        let items = ImportReader.items(kind: .children, data: try importFixture("children-messy.csv"), today: importToday)
        #expect(items.problemLines == [
            "line 5, DATE_OF_BIRTH: 31/02/2015 is not a day of the calendar",
            "line 6, DATE_OF_BIRTH: 12/31/2015 looks like a US date (month first): write the day first, as 31/12/2015",
            "line 8, Child_Ref: LL-1 is also on line 2",
            "line 9, Given Name: must not contain a line break (CR or LF)",
            "line 11, DATE_OF_BIRTH: 2030-01-01 is in the future",
            "line 11, year_group: must be between -2 and 21",
            "line 12, Given Name: is required and empty",
            "line 12, DATE_OF_BIRTH: 15/13/2012 is not a day of the calendar",
            "line 13: has a value in column F, after the last column the header names: \"extra\"; a comma too many, "
                + "or a value that needs quotes?",
        ])
        #expect(items.rows == [
            .child(ChildImportRow(line: 2, childRef: "LL-1", givenName: "Amelia", familyName: "Hughes",
                                  dateOfBirth: day("2014-03-14"), yearGroup: nil)),
            .child(ChildImportRow(line: 4, childRef: "LL-2", givenName: "Okafor, Joseph", familyName: "Smith",
                                  dateOfBirth: day("2010-09-02"), yearGroup: YearGroup(7))),
        ])
    }

    @Test("every chunk size gives the same items", arguments: [1, 2, 3, 5, 64, 256 * 1024])
    func chunkSizes(size: Int) throws {
        let data = try importFixture("children-messy.csv")
        #expect(ImportReader.items(kind: .children, data: data, today: importToday, chunkSize: size)
                    == ImportReader.items(kind: .children, data: data, today: importToday))
    }

    @Test("stray, trailing and unclosed quotes are reported on their column; the unclosed one on its line")
    func brokenQuotes() throws {
        let items = ImportReader.items(kind: .children, data: try importFixture("children-broken-quotes.csv"),
                                       today: importToday)
        #expect(items.problemLines == [
            "line 2, given_name: has a quote (\") inside a value that does not start with one: put the whole value in "
                + "quotes and double the quote (\"\")",
            "line 3, given_name: has text after its closing quote: put the whole value in quotes",
            "line 5, given_name: opens with a quote (\") that is never closed, so the rest of the file was read as this "
                + "one value: close the quote or remove it",
            "line 5, family_name: is required and empty",
            "line 5, date_of_birth: is required and empty",
        ])
        #expect(items.rowLines == [4])
    }

    @Test("a file saved as Windows-1252 is reported row by row, UTF-8 rows read")
    func notUTF8() throws {
        let items = ImportReader.items(kind: .children, data: try importFixture("children-latin1.csv"), today: importToday)
        #expect(items.problemLines == [
            "line 2, given_name: is not UTF-8 text: save the file as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8 (Comma delimited))",
            "line 3, given_name: is not UTF-8 text: save the file as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8 (Comma delimited))",
        ])
        #expect(items.rows.count == 1)
    }

    @Test("year groups as schools write them", arguments: [("R", 0), ("Reception", 0), ("Year 7", 7), ("Y11", 11),
                                                           ("yr 9", 9), ("-2", -2), ("21", 21)])
    func yearGroups(text: String, group: Int) {
        let items = importItems(.children, "child_ref,given_name,family_name,date_of_birth,year_group\nA,B,C,01/01/2015,\(text)\n")
        #expect(items.problemLines == [])
        if case .child(let child) = items.rows.first { #expect(child.yearGroup == YearGroup(group)) } else {
            Issue.record("no child row")
        }
    }

    @Test("a year group that is not one, and a child born too long ago")
    func badYearGroupAndAge() {
        let items = importItems(.children, "child_ref,given_name,family_name,date_of_birth,year_group\n"
                                    + "A,B,C,01/01/2015,Year 3b\nD,E,F,01/01/2000,\n")
        #expect(items.problemLines == [
            "line 2, year_group: \"Year 3b\" is not a year group: write a number from -2 to 21 (0 is Reception), R, or Year 7",
            "line 3, date_of_birth: 2000-01-01 is more than 26 years ago; EHC plans end at 25",
        ])
    }

    @Test("references longer than 64 characters are refused, as the API refuses them")
    func longReference() {
        let reference = String(repeating: "x", count: 65)
        #expect(importItems(.children, "child_ref,given_name,family_name,date_of_birth\n\(reference),A,B,01/01/2015\n")
                    .problemLines == ["line 2, child_ref: must be at most 64 characters"])
    }
}
