import ReviewCore
import ReviewTestSupport
import Testing

@Suite("phase_transfer — SEND Regs 2014 reg 18, reg 2(1)")
struct PhaseTransferRuleTests {
    static func dues(_ facts: PlanFacts, asOf: String) -> [CivilDate] {
        deadlines(.phaseTransfer, of: facts, asOf: asOf).map(\.dueOn)
    }

    @Test("born 31 August 2015: aged 11 on 31 August 2026 → Year 7 in September 2026 → due 2026-02-14")
    func bornThirtyFirstAugust() throws {
        let plan = PlanFixtures.plan(issued: "2024-06-01", born: "2015-08-31")
        let found = deadlines(.phaseTransfer, of: plan, asOf: "2025-09-01")
        // Reception (September 2019, due 14 Feb 2019) came before the plan existed and does not count.
        // Year 12: aged 16 on 31 August 2031 → September 2031 → on or before 30 March 2031.
        #expect(found.map(\.dueOn) == [day("2026-02-14"), day("2031-03-30")])
        let year7 = try #require(found.first)
        check(year7, due: "2026-02-14", state: .pending)
        #expect(year7.key == "phase_transfer@primary_to_secondary:2026-09-01")
        #expect(year7.statutory)
        #expect(year7.source.contains("reg 18"))
    }

    @Test("born 1 September 2015: aged 10 on 31 August 2026 → Year 7 in September 2027 → due 2027-02-14")
    func bornFirstSeptember() {
        let plan = PlanFixtures.plan(issued: "2024-06-01", born: "2015-09-01")
        // Year 12: aged 16 on 31 August 2032 → 30 March 2032.
        #expect(Self.dues(plan, asOf: "2025-09-01") == [day("2027-02-14"), day("2032-03-30")])
    }

    @Test("Reception: aged 4 on 31 August → starts that September → due 14 February that year", arguments: [
        ("2021-03-10", "2025-02-14"), // aged 4 on 31 August 2025
        ("2021-09-01", "2026-02-14"), // aged 3 on 31 August 2025 → Reception September 2026
    ])
    func reception(born: String, due: String) throws {
        try Self.checkReception(born: born, due: due)
    }

    @Test("Reception: born 31 August 2021, 4th birthday on 31 August 2025 itself → due 2025-02-14")
    func receptionBornThirtyFirstAugust() throws {
        try Self.checkReception(born: "2021-08-31", due: "2025-02-14")
    }

    static func checkReception(born: String, due: String) throws {
        let plan = PlanFixtures.plan(issued: "2024-06-01", born: born)
        let found = deadlines(.phaseTransfer, of: plan, asOf: "2024-06-01")
        let first = try #require(found.first)
        #expect(first.dueOn == day(due))
        #expect(first.key.hasPrefix("phase_transfer@early_years_to_school:"))
        #expect(found.count == 3) // Reception, Year 7, Year 12
    }

    @Test("secondary to post-16: before 31 March, i.e. on or before 30 March of the year of transfer")
    func secondaryToPost16() throws {
        // Born 10 May 2010: aged 16 on 31 August 2026 → Year 12 in September 2026 → due 30 March 2026.
        // Also Year 7: aged 11 on 31 August 2021 → due 14 February 2021, after the first issue.
        let plan = PlanFixtures.plan(issued: "2020-01-01", born: "2010-05-10")
        #expect(Self.dues(plan, asOf: "2026-01-01") == [day("2021-02-14"), day("2026-03-30")])
        let onTheDay = try #require(deadlines(.phaseTransfer, of: plan, asOf: "2026-03-30").last)
        check(onTheDay, due: "2026-03-30", state: .dueSoon)
        #expect(onTheDay.key == "phase_transfer@secondary_to_post16:2026-09-01")
        let dayAfter = try #require(deadlines(.phaseTransfer, of: plan, asOf: "2026-03-31").last)
        check(dayAfter, due: "2026-03-30", state: .late, daysLate: 1)
    }

    @Test("a move between post-16 institutions: at least 5 months before it")
    func post16Move() throws {
        // Born 1 March 2008: Year 12 in September 2024 (aged 16 on 31 August 2024) → due 30 March 2024.
        // Moving college on 1 September 2026: 5 months before is 1 April 2026.
        let plan = PlanFixtures.plan(issued: "2020-01-01", born: "2008-03-01",
                                     nextTransfer: PhaseTransfer(kind: .post16Move, on: day("2026-09-01")))
        #expect(Self.dues(plan, asOf: "2026-01-01") == [day("2024-03-30"), day("2026-04-01")])
        let move = try #require(deadlines(.phaseTransfer, of: plan, asOf: "2026-04-02").last)
        check(move, due: "2026-04-01", state: .late, daysLate: 1)
        #expect(move.key == "phase_transfer@post16_move:2026-09-01")
    }

    @Test("5 months before a move at a month end", arguments: [
        // 28 Feb + 5 months = 28 July ≤ 31 July, but 1 March + 5 months = 1 August: due 28 February.
        ("2026-07-31", "2026-02-28"),
        // 31 August + 5 months = 31 January.
        ("2027-01-31", "2026-08-31"),
    ])
    func post16MoveMonthEnd(move: String, due: String) throws {
        let plan = PlanFixtures.plan(issued: "2020-01-01", born: "2008-03-01",
                                     nextTransfer: PhaseTransfer(kind: .post16Move, on: day(move)))
        let found = try #require(deadlines(.phaseTransfer, of: plan, asOf: "2025-01-01").last)
        #expect(found.dueOn == day(due))
    }

    @Test("a year-group override moves the transfer: a year behind → Year 7 in 2027")
    func yearGroupOverride() {
        // Born 31 August 2015 (Year 6 in 2025/26 by age) but recorded as Year 5 in 2025/26:
        // Year 7 in 2027/28 → due 14 February 2027; Year 12 in 2032/33 → due 30 March 2032.
        var plan = PlanFixtures.plan(issued: "2024-06-01", born: "2015-08-31")
        plan.child.yearGroupOverride = YearGroupOverride(yearGroup: YearGroup(5), academicYear: 2025)
        #expect(Self.dues(plan, asOf: "2025-09-01") == [day("2027-02-14"), day("2032-03-30")])
    }

    // The tests below are about being done or late, not the cut-off: a child born 10 May 2015 is aged 11 on
    // 31 August 2026, enters Year 7 in September 2026 (due 14 February 2026) and Year 12 in September 2031.

    @Test("done by a decision to maintain before the date")
    func doneByMaintain() throws {
        let plan = PlanFixtures.plan(issued: "2024-06-01", born: "2015-05-10", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-01-10", decided: "2026-02-01"),
        ])
        let year7 = try #require(deadlines(.phaseTransfer, of: plan, asOf: "2026-03-01").first)
        check(year7, due: "2026-02-14", done: "2026-02-01", state: .done)
    }

    @Test("done late by an amended plan issued after the date")
    func doneLateByAmendedFinal() throws {
        let plan = PlanFixtures.plan(
            issued: "2024-06-01", born: "2015-05-10",
            reviews: [PlanFixtures.concludedReview(1, meeting: "2026-01-10", decided: "2026-02-01", decision: .amend)],
            events: [PlanEvent(kind: .amendmentProposed, on: day("2026-02-01")),
                     PlanEvent(kind: .amendedFinalIssued, on: day("2026-03-20"))])
        let year7 = try #require(deadlines(.phaseTransfer, of: plan, asOf: "2026-04-01").first)
        // 14 February → 20 March: 14 days left in February + 20 = 34.
        check(year7, due: "2026-02-14", done: "2026-03-20", state: .doneLate, daysLate: 34)
    }

    @Test("not reviewed by the date: late from 15 February")
    func late() throws {
        let plan = PlanFixtures.plan(issued: "2024-06-01", born: "2015-05-10")
        check(try #require(deadlines(.phaseTransfer, of: plan, asOf: "2026-02-14").first), due: "2026-02-14",
              state: .dueSoon)
        check(try #require(deadlines(.phaseTransfer, of: plan, asOf: "2026-02-15").first), due: "2026-02-14",
              state: .late, daysLate: 1)
    }

    @Test("a transfer whose date passed before the plan was first issued is not a deadline of the plan")
    func beforeThePlan() {
        // Year 7 due 14 February 2026, plan first issued 1 March 2026: only Year 12 (30 March 2031) remains.
        let plan = PlanFixtures.plan(issued: "2026-03-01", born: "2015-05-10")
        #expect(Self.dues(plan, asOf: "2026-03-01") == [day("2031-03-30")])
    }
}
