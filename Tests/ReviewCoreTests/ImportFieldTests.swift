import ReviewCore
import ReviewTestSupport
import Testing

@Suite("Import: reading dates, yes/no and choices")
struct ImportFieldTests {
    func date(_ text: String) throws(FieldError) -> CivilDate { try ImportDate.parse(text, field: "on") }

    func reason(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return (error as? FieldError)?.reason ?? "\(error)"
        }
    }

    @Test("UK dates day first, with or without leading zeros, and ISO dates, trimmed",
          arguments: ["14/03/2025", "14/3/2025", " 14/03/2025 ", "2025-03-14", "\t2025-03-14"])
    func acceptedDates(text: String) throws {
        #expect(try date(text) == day("2025-03-14"))
    }

    @Test("slashed dates are always read day first")
    func dayFirst() throws {
        #expect(try date("03/04/2025") == day("2025-04-03"))
        #expect(try date("1/2/2024") == day("2024-02-01"))
        #expect(try date("29/02/2024") == day("2024-02-29"))
    }

    @Test("an impossible day is named as such, in the file's own form")
    func impossible() {
        #expect(reason { _ = try date("31/02/2015") } == "31/02/2015 is not a day of the calendar")
        #expect(reason { _ = try date("29/02/2025") } == "29/02/2025 is not a day of the calendar")
        #expect(reason { _ = try date("2015-02-31") } == "2015-02-31 is not a day of the calendar")
        #expect(reason { _ = try date("00/01/2015") } == "00/01/2015 is not a day of the calendar")
    }

    @Test("a date that can only be month first is called a US date, with the day-first spelling")
    func usDate() {
        #expect(reason { _ = try date("12/31/2015") }
                    == "12/31/2015 looks like a US date (month first): write the day first, as 31/12/2015")
        #expect(reason { _ = try date("3/14/2025") }
                    == "3/14/2025 looks like a US date (month first): write the day first, as 14/03/2025")
    }

    @Test("two-digit years and other forms are refused with the accepted forms",
          arguments: ["14/03/25", "14-03-2025", "14.03.2025", "March 14, 2025", "2025/03/14", "2025-3-14", "1/1"])
    func refused(text: String) {
        let found = reason { _ = try date(text) }
        #expect(found?.contains("dd/mm/yyyy (14/03/2025) or yyyy-mm-dd (2025-03-14)") == true)
    }

    @Test("a two-digit year asks for four digits")
    func twoDigitYear() {
        #expect(reason { _ = try date("14/03/25") }?.hasSuffix("with a four-digit year") == true)
    }

    @Test("yes/no in every accepted spelling; empty is no answer")
    func booleans() throws {
        for text in ["yes", "YES", "True", "y", "1", " Y "] { #expect(try ImportBoolean.parse(text, field: "f") == true) }
        for text in ["no", "No", "FALSE", "n", "0"] { #expect(try ImportBoolean.parse(text, field: "f") == false) }
        #expect(try ImportBoolean.parse("  ", field: "f") == nil)
        #expect(reason { _ = try ImportBoolean.parse("maybe", field: "active") }
                    == "\"maybe\" is not yes or no: write yes, no, true, false, y, n, 1 or 0")
    }

    @Test("choices: the API's value or the words a person writes",
          arguments: [("speech_and_language_therapist", ProfessionalRole.speechAndLanguageTherapist),
                      ("Speech and language therapist", .speechAndLanguageTherapist),
                      ("Speech & Language Therapist", .speechAndLanguageTherapist),
                      ("SENCo", .senco), ("SEN caseworker", .senCaseworker), ("CAMHS clinician", .camhsClinician),
                      ("specialist-pathway", .specialistPathway)])
    func roles(text: String, role: ProfessionalRole) throws {
        #expect(try ImportChoice.roles.parse(text, field: "role") == role)
    }

    @Test("services, decisions and transfer kinds in human forms")
    func otherChoices() throws {
        #expect(try ImportChoice.services.parse("social care", field: "s") == .socialCare)
        #expect(try ImportChoice.services.parse("Social-Care", field: "s") == .socialCare)
        #expect(try ImportChoice.decisions.parse("AMEND", field: "d") == .amend)
        #expect(try ImportChoice.transferKinds.parse("Primary to secondary", field: "k") == .primaryToSecondary)
        #expect(try ImportChoice.transferKinds.parse("Secondary to post-16", field: "k") == .secondaryToPost16)
        #expect(try ImportChoice.transferKinds.parse("post 16 move", field: "k") == .post16Move)
        #expect(try ImportChoice.transferKinds.parse("", field: "k") == nil)
    }

    @Test("a refused choice lists every accepted value")
    func refusedChoice() {
        #expect(reason { _ = try ImportChoice.decisions.parse("sometimes", field: "last_decision") }
                    == "\"sometimes\" is not one of: maintain, amend, cease (spaces instead of underscores and any case are fine)")
    }
}
