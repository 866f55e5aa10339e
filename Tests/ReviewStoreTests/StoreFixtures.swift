import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport

/// A store with one child, one plan and a few professionals, the starting point of most store tests.
struct SeededStore {
    let database: TemporaryDatabase
    let store: ReviewStore
    let child: Child
    let plan: Plan
    let therapist: Professional
    let caseworker: Professional
    let pathway: Professional

    init(born: String = "2012-05-10") async throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let today = store.today
        child = try await store.addChild(
            try NewChild(givenName: "Amira", familyName: "Begum", dateOfBirth: day(born), today: today), by: testAdmin)
        plan = try await store.addPlan(try NewPlan(childID: child.id, reference: "EHC-0001"), by: testAdmin)
        therapist = try await store.addProfessional(
            try NewProfessional(name: "Sam Speech", email: "sam.speech@nhs.example", role: .speechAndLanguageTherapist),
            by: testAdmin)
        caseworker = try await store.addProfessional(
            try NewProfessional(name: "Cara Case", email: "cara@council.example", role: .senCaseworker), by: testAdmin)
        pathway = try await store.addProfessional(
            try NewProfessional(name: "Pat Pathway", email: "pathway@council.example", role: .specialistPathway),
            by: testAdmin)
    }
}

extension StoreError {
    /// Whether this is an input error (invalid or conflict) naming `field`.
    func names(_ field: String) -> Bool { self.field == field }
}

/// Runs `body` and returns the ``StoreError`` it throws, or `nil` if it throws nothing or something else.
func storeError(_ body: () async throws -> Void) async -> StoreError? {
    do {
        try await body()
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        return nil
    }
}
