import Foundation
import ReviewCore
import Testing

/// Issue 15 item 1: the family's contacts imported from CSV "like the rest", held to the API's rules.
@Suite("Import: contacts files")
struct ImportContactsTests {
    static func contacts(_ items: [ImportItem]) -> [ContactImportRow] {
        items.rows.compactMap { row in
            if case .contact(let contact) = row { return contact }
            return nil
        }
    }

    @Test("relationships in words, addresses by commas, needs as a list; every broken row named with its column")
    func messy() throws {
        let items = ImportReader.items(kind: .contacts, data: try importFixture("contacts-messy.csv"), today: importToday)
        #expect(items.problemLines == [
            "line 3, Name: C1 with aisha begum is also on line 2",
            "line 5, Young_Person_Agreed: is for the parent, carer or advocate a young person agrees may be told, "
                + "not for the young person",
            "line 6, Relationship: \"Aunt\" is not one of: parent, carer, young_person, advocate, deputy (spaces "
                + "instead of underscores and any case are fine)",
            "line 7, Email: give an email address or a postal_address (or both): the family must be reachable",
            "line 8, Needs: \"braille\" is not one of: large_print, easy_read, interpreter (spaces instead of "
                + "underscores and any case are fine)",
            "line 8, Young_Person_Agreed: \"maybe\" is not yes or no: write yes, no, true, false, y, n, 1 or 0",
        ])
        let rows = Self.contacts(items)
        #expect(rows.map(\.line) == [2, 4, 9])
        #expect(rows.map(\.childRef) == ["C1", "C1", "C3"], "the same name for another child is another person")
        #expect(rows.map(\.contact.relationship) == [.parent, .parent, .carer])
        #expect(rows[1].contact.postalAddress == "3 Park Row\nLeeds\nLS1 5HD")
        #expect(rows[1].contact.needs == [.largePrint, .interpreter])
        #expect(rows[1].contact.email == nil)
        #expect(rows.map(\.contact.active) == [true, false, true], "an empty cell is active; 'no' is not")
        #expect(rows[2].contact.needs == [.easyRead])
    }

    @Test("an address with its own line breaks keeps them; commas inside a line then stay")
    func addressLines() {
        let items = importItems(.contacts, """
            child_ref,name,relationship,postal_address
            C1,Ann Lee,carer,"Flat 2, Mill House
            9 Mill Lane
            Leeds"
            C1,Bo Lee,parent,"\(String(repeating: "x", count: 101))"
            """)
        #expect(Self.contacts(items).first?.contact.postalAddress == "Flat 2, Mill House\n9 Mill Lane\nLeeds")
        #expect(items.problemLines == ["line 5, postal_address: must be at most 100 characters"])
    }

    @Test("a contacts file imported as professionals is named for what it is")
    func wrongKind() {
        let items = importItems(.professionals, "child_ref,name,relationship,email\nC1,Ann Lee,parent,ann@example.org\n")
        #expect(items.problemLines.contains(
            "line 1: these are the columns of a contacts file: import it as contacts, not professionals"))
    }
}
