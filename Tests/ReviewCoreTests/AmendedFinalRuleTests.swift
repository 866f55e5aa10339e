import ReviewCore
import ReviewTestSupport
import Testing

@Suite("amended_final — SEND Regs 2014 reg 22(2)(c), 22(3)")
struct AmendedFinalRuleTests {
    /// A plan with an amendment notice on 10 February 2026 and the given further events.
    static func plan(_ events: [(PlanEventKind, String)]) -> PlanFacts {
        PlanFixtures.plan(issued: "2025-03-14",
                          events: [PlanEvent(kind: .amendmentProposed, on: day("2026-02-10"))]
                              + events.map { PlanEvent(kind: $0.0, on: day($0.1)) })
    }

    @Test("within 8 weeks of the notice: 2026-02-10 → 2026-04-07")
    func eightWeeks() throws {
        // 56 days: 18 left in February (28 − 10), 31 in March (49), 7 in April → 7 April 2026.
        let deadline = try single(.amendedFinal, of: Self.plan([]), asOf: "2026-02-10")
        check(deadline, due: "2026-04-07", state: .pending)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("22(3)"))
        #expect(deadline.key == "amended_final@2026-02-10")
    }

    @Test("issued on the last day: done")
    func done() throws {
        check(try single(.amendedFinal, of: Self.plan([(.amendedFinalIssued, "2026-04-07")]), asOf: "2026-05-01"),
              due: "2026-04-07", done: "2026-04-07", state: .done)
    }

    @Test("issued 13 days after the date: done late by 13")
    func doneLate() throws {
        check(try single(.amendedFinal, of: Self.plan([(.amendedFinalIssued, "2026-04-20")]), asOf: "2026-05-01"),
              due: "2026-04-07", done: "2026-04-20", state: .doneLate, daysLate: 13)
    }

    @Test("not issued: pending, due soon within 14 days, late the day after", arguments: [
        ("2026-03-23", DeadlineState.pending, 0), // 23 March → 7 April = 8 + 7 = 15 days
        ("2026-03-24", DeadlineState.dueSoon, 0), // 14 days
        ("2026-04-07", DeadlineState.dueSoon, 0),
        ("2026-04-08", DeadlineState.late, 1),
    ])
    func notIssued(asOf: String, state: DeadlineState, daysLate: Int) throws {
        check(try single(.amendedFinal, of: Self.plan([]), asOf: asOf), due: "2026-04-07", state: state,
              daysLate: daysLate)
    }

    @Test("each notice has its own 8 weeks, met only by a final issued after it")
    func twoNotices() throws {
        let plan = Self.plan([(.amendedFinalIssued, "2026-03-30"), (.amendmentProposed, "2027-02-15")])
        let found = deadlines(.amendedFinal, of: plan, asOf: "2027-04-13")
        try #require(found.count == 2)
        check(found[0], due: "2026-04-07", done: "2026-03-30", state: .done)
        // 15 February 2027 + 56 days: 13 left in February, 31 in March (44), 12 in April → 12 April 2027.
        check(found[1], due: "2027-04-12", state: .late, daysLate: 1)
    }
}

@Suite("amended_final — a decision not to amend (SEND Regs 2014 reg 22(4))")
struct DecidedNotToAmendTests {
    @Test("deciding not to amend within the 8 weeks concludes the notice: done, and no 15-day check applies")
    func decidedNotToAmend() throws {
        let plan = PlanFixtures.plan(issued: "2025-03-14", events: [
            PlanEvent(kind: .amendmentProposed, on: day("2026-02-01")),
            PlanEvent(kind: .decidedNotToAmend, on: day("2026-02-20")),
        ])
        check(try single(.amendedFinal, of: plan, asOf: "2026-06-01"), due: "2026-03-29", done: "2026-02-20", state: .done)
        #expect(deadlines(.representations, of: plan, asOf: "2026-06-01").isEmpty)
        #expect(PlanEventKind.decidedNotToAmend.issuesVersion == false)
    }
}
