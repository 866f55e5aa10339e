import Foundation
import ReviewCore
import Testing

@Suite("Import: professionals and contributors files")
struct ImportProfessionalsTests {
    @Test("roles in words, the role's usual service, yes/no defaults, emails unique without regard to case")
    func professionals() throws {
        let items = ImportReader.items(kind: .professionals, data: try importFixture("professionals-messy.csv"),
                                       today: importToday)
        #expect(items.problemLines == [
            "line 4, Email: SAM.ORTIZ@nhs.example is also on line 2",
            "line 5, Email: \"not-an-email\" is not an email address of the form name@domain",
            "line 5, Role: \"therapist\" is not one of: sen_caseworker, sen_manager, speech_and_language_therapist, "
                + "occupational_therapist, physiotherapist, educational_psychologist, camhs_clinician, paediatrician, "
                + "designated_clinical_officer, health_visitor, school_nurse, social_worker, senco, specialist_teacher, "
                + "specialist_pathway, other (spaces instead of underscores and any case are fine)",
            "line 5, Service: \"hospital\" is not one of: education, health, social_care (spaces instead of underscores "
                + "and any case are fine)",
            "line 5, Active: \"maybe\" is not yes or no: write yes, no, true, false, y, n, 1 or 0",
            "line 5, Daily_Digest: \"2\" is not yes or no: write yes, no, true, false, y, n, 1 or 0",
        ])
        let rows = items.rows.compactMap { row -> ProfessionalImportRow? in
            if case .professional(let professional) = row { return professional }
            return nil
        }
        #expect(rows.map(\.line) == [2, 3, 6])
        #expect(rows.map(\.email.value) == ["sam.ortiz@nhs.example", "Priya.Shah@Council.example", "lena@nhs.example"])
        #expect(rows.map(\.role) == [.speechAndLanguageTherapist, .senCaseworker, .occupationalTherapist])
        #expect(rows.map(\.service) == [.health, .education, .socialCare])
        #expect(rows.map(\.active) == [true, false, true])
        #expect(rows.map(\.dailyDigest) == [true, false, true])
    }

    @Test("the same plan and professional twice is a duplicate; a missing email is required")
    func contributors() throws {
        let items = ImportReader.items(kind: .contributors, data: try importFixture("contributors-messy.csv"),
                                       today: importToday)
        #expect(items.problemLines == [
            "line 3, plan_reference: EHC-1 with Sam@NHS.example is also on line 2",
            "line 5, professional_email: is required and empty",
        ])
        #expect(items.rowLines == [2, 4])
    }
}
