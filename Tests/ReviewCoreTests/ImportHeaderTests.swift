import Foundation
import ReviewCore
import ReviewTestSupport
import Testing

@Suite("Import: the header row")
struct ImportHeaderTests {
    @Test("columns in any order, any case, spaces for underscores, trailing empty cells ignored")
    func lenient() {
        let items = importItems(.children, " Date of Birth ,FAMILY_NAME,given-name,Child_Ref,,,\n01/02/2015,Pond,Amy,LL-1,,,\n")
        #expect(items.problemLines == [])
        #expect(items.rows == [.child(ChildImportRow(line: 2, childRef: "LL-1", givenName: "Amy", familyName: "Pond",
                                                     dateOfBirth: day("2015-02-01"), yearGroup: nil))])
    }

    @Test("unknown, duplicate, nameless and missing columns are each reported on the header's line")
    func problems() throws {
        let items = ImportReader.items(kind: .children, data: try importFixture("children-bad-header.csv"), today: importToday)
        #expect(items.problemLines == [
            "line 1, dob: is not a column of children: the columns are child_ref, given_name, family_name, date_of_birth, year_group, year_group_for",
            "line 1, given name: is named twice in the header (columns B and D): keep one",
            "line 1: column E has no name: name it (child_ref, given_name, family_name, date_of_birth, year_group, year_group_for) or delete it",
            "line 1, date_of_birth: is a required column of children and the header does not have it",
        ])
        // The row cannot be complete without date_of_birth, and has nothing else wrong: nothing more to say.
        #expect(items.count == 1)
    }

    @Test("a header of another kind says which kind it is")
    func wrongKind() throws {
        let items = ImportReader.items(kind: .children, data: try importFixture("plans-as-children.csv"), today: importToday)
        #expect(items.problemLines.last == "line 1: these are the columns of a plans file: import it as plans, not children")
    }

    @Test("a header after blank lines is read on its own line")
    func headerLine() {
        #expect(importItems(.contributors, "\n\nplan_reference,email\n").problemLines == [
            "line 3, email: is not a column of contributors: the columns are plan_reference, professional_email",
            "line 3, professional_email: is a required column of contributors and the header does not have it",
        ])
    }

    @Test("an empty file, or one of blank lines, is one problem naming the columns")
    func emptyFile() {
        for text in ["", "\r\n\r\n", "\u{FEFF}"] {
            #expect(importItems(.contributors, text).problemLines == [
                "line 1: the file is empty: its first line must name the columns (plan_reference, professional_email)",
            ])
        }
    }

    @Test("a header and no rows is an empty import, not a problem")
    func headerOnly() {
        #expect(importItems(.contributors, "plan_reference,professional_email\r\n").isEmpty)
    }

    @Test("a value beyond the header's last column is a problem on its row")
    func valueBeyondHeader() {
        let items = importItems(.contributors, "plan_reference,professional_email,,\nEHC-1,a@b.example,,\nEHC-2,a@b.example,x,y\n")
        #expect(items.problemLines == [
            "line 3: has a value in column C (and 1 more beyond it), after the last column the header names: \"x\"; "
                + "a comma too many, or a value that needs quotes?",
        ])
        #expect(items.rowLines == [2])
    }
}
