import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

@Suite("Repository round trips on a real SQLite file")
struct RoundTripTests {
    @Test("a child reads back as written, with a year-group override counted from this academic year")
    func childRoundTrip() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let added = try await store.addChild(
            try NewChild(givenName: " Zoë ", familyName: "O'Neill", dateOfBirth: day("2016-08-31"),
                         yearGroup: YearGroup(4), today: store.today),
            by: testAdmin)
        let read = try #require(try await store.child(added.id))
        #expect(read == added)
        #expect(read.givenName == "Zoë")
        #expect(read.familyName == "O'Neill")
        #expect(read.yearGroupOverride == YearGroupOverride(yearGroup: YearGroup(4), academicYear: 2026))
        // Born 31 August 2016 the child would be in Year 6 in 2026/27; the override keeps them in Year 4.
        #expect(read.facts.yearGroup(on: day("2027-01-10")) == YearGroup(4))
        #expect(read.facts.yearGroup(on: day("2027-10-10")) == YearGroup(5))
        #expect(try await store.child(ChildID(999)) == nil)
    }

    @Test("a professional is added, listed a page at a time and patched field by field")
    func professionalRoundTrip() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        #expect(seeded.therapist.service == .health)
        #expect(seeded.pathway.service == .socialCare)
        let firstPage = try await store.professionals(limit: 2)
        #expect(firstPage.map(\.id) == [seeded.therapist.id, seeded.caseworker.id])
        let secondPage = try await store.professionals(after: firstPage.last?.id, limit: 2)
        #expect(secondPage.map(\.id) == [seeded.pathway.id])

        let patched = try await store.updateProfessional(
            seeded.therapist.id, try ProfessionalPatch(email: "sam.s@nhs.example", active: false), by: testAdmin)
        #expect(patched.email.value == "sam.s@nhs.example")
        #expect(patched.active == false)
        #expect(patched.name == "Sam Speech")
        #expect(try await store.professional(seeded.therapist.id) == patched)
    }

    @Test("a plan's events number its versions and set its first-issue and cease dates")
    func planEventsAndVersions() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        let draft = try await store.recordEvent(seeded.plan.id, kind: .draftIssued, on: day("2025-02-01"), by: testAdmin)
        let final = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        let proposal = try await store.recordEvent(seeded.plan.id, kind: .amendmentProposed, on: day("2025-10-01"), by: testAdmin)
        #expect([draft.version, final.version, proposal.version] == [1, 2, 3])
        let plan = try #require(try await store.plan(seeded.plan.id))
        #expect(plan.firstIssuedOn == day("2025-03-14"))
        #expect(plan.ceasedOn == nil)

        let ceased = try await store.recordEvent(seeded.plan.id, kind: .ceased, on: day("2026-01-05"), by: testAdmin)
        #expect(ceased.version == nil)
        #expect(try await store.plan(seeded.plan.id)?.ceasedOn == day("2026-01-05"))
        #expect(try await store.events(plan: seeded.plan.id).map(\.kind)
            == [.draftIssued, .finalIssued, .amendmentProposed, .ceased])
    }

    @Test("contributors are added once, listed with their details and removed")
    func contributors() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        #expect(try await store.addContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin))
        #expect(try await store.addContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin) == false)
        #expect(try await store.addContributor(plan: seeded.plan.id, professional: seeded.caseworker.id, by: testAdmin))
        let listed = try await store.contributors(plan: seeded.plan.id)
        #expect(listed.map(\.professional.id) == [seeded.therapist.id, seeded.caseworker.id])
        #expect(try await store.removeContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin))
        #expect(try await store.removeContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin) == false)
        #expect(try await store.contributors(plan: seeded.plan.id).map(\.professional.id) == [seeded.caseworker.id])
    }

    @Test("a review invites the active contributors, records its steps and rebuilds the plan's facts")
    func reviewAndFacts() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        let planID = seeded.plan.id
        _ = try await store.recordEvent(planID, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        for professional in [seeded.therapist, seeded.caseworker, seeded.pathway] {
            try await store.addContributor(plan: planID, professional: professional.id, by: testAdmin)
        }
        _ = try await store.updateProfessional(seeded.caseworker.id, try ProfessionalPatch(active: false), by: testAdmin)

        let review = try await store.scheduleReview(plan: planID, meetingOn: day("2026-02-20"), by: testAdmin)
        #expect(review.invitees.map(\.professionalID) == [seeded.therapist.id, seeded.pathway.id])
        #expect(review.sequence == 0)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .invitationsSent, on: day("2026-01-20")), by: testAdmin)
        _ = try await store.recordStep(
            review.id, ReviewStepRecord(step: .adviceReceived, on: day("2026-01-30"), professionalID: seeded.therapist.id),
            by: testAdmin)
        let moved = try await store.moveReview(review.id, to: day("2026-02-27"), by: testAdmin)
        #expect(moved.sequence == 1)
        #expect(moved.meetingOn == day("2026-02-27"))

        let facts = try await store.facts(plan: planID)
        #expect(facts.firstIssuedOn == day("2025-03-14"))
        #expect(facts.child.dateOfBirth == day("2012-05-10"))
        #expect(facts.reviews.count == 1)
        #expect(facts.reviews.first?.steps.count == 2)
        #expect(facts.reviews.first?.invitees.contains { $0.role == .specialistPathway } == true)

        // Born 10 May 2012, the child was 13 on 31 August 2025: Year 9 in 2025/26, so the review must
        // consider preparation for adulthood (at the meeting, not yet held), and the specialist pathway team,
        // invited, satisfies the guidance.
        let deadlines = try await store.deadlines(plan: planID, asOf: day("2026-02-10"))
        #expect(deadlines.rule(.invitations).first?.state == .done)
        #expect(deadlines.rule(.invitations).first?.dueOn == day("2026-02-13"))
        #expect(deadlines.rule(.advice).first?.state == .dueSoon)
        #expect(deadlines.rule(.specialistPathway).first?.state == .done)
        #expect(deadlines.rule(.preparationForAdulthood).first?.dueOn == day("2026-02-27"))
        #expect(deadlines.rule(.preparationForAdulthood).first?.state == .pending)
    }

    @Test("the stored deadlines follow every change and answer the cross-plan late list")
    func materialisedDeadlines() async throws {
        // Born 2016 (Year 5): no preparation for adulthood yet; the Year 7 transfer is due 14 February 2027.
        let seeded = try await SeededStore(born: "2016-05-10")
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        // Annual review due 2026-03-13; the Year 7 transfer is not near.
        let late = try await store.lateDeadlines(asOf: day("2026-03-20"))
        #expect(late.map(\.deadline.rule) == [.annualReview])
        #expect(late.first?.reference == "EHC-0001")
        #expect(late.first?.deadline.daysLate == 7)
        #expect(try await store.lateDeadlineCount(asOf: day("2026-03-20")) == 1)
        #expect(try await store.lateDeadlineCount(asOf: day("2026-03-13")) == 0)

        // The next change after 2026-02-01: due_soon 14 days before 2026-03-13, i.e. on 2026-02-27.
        #expect(try await store.nextStateChange(after: day("2026-02-01")) == day("2026-02-27"))
        // After that, the day it turns late.
        #expect(try await store.nextStateChange(after: day("2026-02-27")) == day("2026-03-14"))

        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-02-20"), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-02-20")), by: testAdmin)
        _ = try await store.recordStep(
            review.id, ReviewStepRecord(step: .decisionIssued, on: day("2026-03-01"), decision: .maintain), by: testAdmin)
        let afterDecision = try await store.lateDeadlines(asOf: day("2026-03-20"))
        #expect(!afterDecision.contains { $0.deadline.rule == .annualReview })
        // The invitations were never recorded: late until the meeting was held, then lapsed (DESIGN §3) —
        // on the plan's deadlines, out of the late list.
        #expect(!afterDecision.contains { $0.deadline.rule == .invitations })
        #expect(try await store.deadlines(plan: seeded.plan.id, asOf: day("2026-03-20"))
                    .first { $0.rule == .invitations }?.state == .lapsed)
    }

    @Test("a deadline transition is recorded once, however often it is reported")
    func transitionsOnce() async throws {
        let seeded = try await SeededStore()
        let key = "annual_review@2025-03-14"
        #expect(try await seeded.store.recordTransition(plan: seeded.plan.id, key: key, to: .late, on: day("2026-03-14")))
        #expect(try await seeded.store.recordTransition(plan: seeded.plan.id, key: key, to: .late, on: day("2026-03-15")) == false)
        #expect(try await seeded.store.recordTransition(plan: seeded.plan.id, key: key, to: .dueSoon, on: day("2026-02-27")))
    }
}
