import ReviewCore
import ReviewTestSupport
import Testing

@Suite("specialist_pathway — Care Act 2014 s58; CoP 8.9 (guidance, never a breach)")
struct SpecialistPathwayRuleTests {
    // Born 10 May 2012: aged 12 on 31 August 2024 (Year 8 in 2024/25), 13 on 31 August 2025 (Year 9 in 2025/26).
    static let born = "2012-05-10"
    static let pathway = invitee(20, .specialistPathway)
    static let therapist = invitee(21, .speechAndLanguageTherapist)

    static func plan(_ reviews: [ReviewFacts], born: String = born) -> PlanFacts {
        PlanFixtures.plan(issued: "2024-10-01", born: born, reviews: reviews)
    }

    @Test("a review in Year 8 has no specialist-pathway date")
    func year8() {
        let plan = Self.plan([PlanFixtures.review(1, meeting: "2025-06-10", invitees: [Self.therapist])])
        #expect(deadlines(.specialistPathway, of: plan, asOf: "2025-05-01").isEmpty)
    }

    @Test("a review in Year 9, pathway team invited with the invitations: done")
    func year9Done() throws {
        // Meeting 20 September 2025 (Year 9): due with the invitations, 20 − 14 = 6 September 2025.
        let plan = Self.plan([PlanFixtures.review(1, meeting: "2025-09-20", invitees: [Self.pathway, Self.therapist],
                                                  steps: [(.invitationsSent, "2025-09-01")])])
        let deadline = try single(.specialistPathway, of: plan, asOf: "2025-09-10")
        check(deadline, due: "2025-09-06", done: "2025-09-01", state: .done)
        #expect(deadline.statutory == false, "good practice, not a duty")
        #expect(deadline.source.contains("s58"))
        #expect(deadline.reviewID == ReviewID(1))
    }

    @Test("Year 9 without the specialist pathway team among the invitees: past its date it is advice, never late")
    func pathwayNotInvited() throws {
        let plan = Self.plan([PlanFixtures.review(1, meeting: "2025-09-20", invitees: [Self.therapist],
                                                  steps: [(.invitationsSent, "2025-09-01")])])
        check(try single(.specialistPathway, of: plan, asOf: "2025-09-06"), due: "2025-09-06", state: .dueSoon)
        check(try single(.specialistPathway, of: plan, asOf: "2025-09-07"), due: "2025-09-06", state: .dueSoon,
              daysLate: 0)
        // The invitations themselves went out in time.
        check(try single(.invitations, of: plan, asOf: "2025-09-07"), due: "2025-09-06", done: "2025-09-01",
              state: .done)
    }

    @Test("pathway team on the list but no invitations recorded: still only due, never a breach")
    func invitationsNotSent() throws {
        let plan = Self.plan([PlanFixtures.review(1, meeting: "2025-09-20", invitees: [Self.pathway])])
        check(try single(.specialistPathway, of: plan, asOf: "2025-09-07"), due: "2025-09-06", state: .dueSoon)
    }

    @Test("invitations with the pathway team sent 4 days after the date: done, not done late")
    func sentLate() throws {
        let plan = Self.plan([PlanFixtures.review(1, meeting: "2025-09-20", invitees: [Self.pathway],
                                                  steps: [(.invitationsSent, "2025-09-10")])])
        check(try single(.specialistPathway, of: plan, asOf: "2025-09-10"), due: "2025-09-06",
              done: "2025-09-10", state: .done)
    }

    @Test("the 31 August cut-off decides Year 9", arguments: [
        ("2012-08-31", 1), // aged 13 on 31 August 2025 → Year 9 in 2025/26
        ("2012-09-01", 0), // aged 12 on 31 August 2025 → Year 8 in 2025/26
    ])
    func cutOff(born: String, count: Int) {
        let plan = Self.plan([PlanFixtures.review(1, meeting: "2025-10-15", invitees: [Self.pathway])], born: born)
        #expect(deadlines(.specialistPathway, of: plan, asOf: "2025-09-01").count == count)
    }

    @Test("every review from Year 9 on, Year 11 included")
    func laterYears() throws {
        // Born 10 May 2010: aged 15 on 31 August 2025 → Year 11 in 2025/26. Meeting 15 January 2026 → due 1 January.
        let plan = Self.plan([PlanFixtures.review(1, meeting: "2026-01-15", invitees: [Self.pathway])],
                             born: "2010-05-10")
        check(try single(.specialistPathway, of: plan, asOf: "2025-12-01"), due: "2026-01-01", state: .pending)
    }

    @Test("a year-group override below Year 9 means no date yet")
    func override() {
        var plan = Self.plan([PlanFixtures.review(1, meeting: "2025-09-20", invitees: [Self.pathway])])
        plan.child.yearGroupOverride = YearGroupOverride(yearGroup: YearGroup(8), academicYear: 2025)
        #expect(deadlines(.specialistPathway, of: plan, asOf: "2025-09-01").isEmpty)
    }
}
