import ReviewCore
import ReviewTestSupport
import Testing

@Suite("assessment_decision — SEND Regs 2014 reg 4, 5(1)")
struct AssessmentDecisionRuleTests {
    @Test("within 6 weeks of the request: 2026-01-05 → 2026-02-16")
    func sixWeeks() throws {
        // 42 days: 26 left in January (31 − 5), 16 in February → 16 February 2026.
        let deadline = try single(.assessmentDecision, of: assessment(), asOf: "2026-01-05")
        check(deadline, due: "2026-02-16", state: .pending)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("5(1)"))
    }

    @Test("decided to assess, or refused, by the date: done; the day after: done late by 1", arguments: [
        (AssessmentStepKind.decidedToAssess, "2026-02-16", DeadlineState.done, 0),
        (.refusedToAssess, "2026-02-10", .done, 0),
        (.decidedToAssess, "2026-02-17", .doneLate, 1),
        (.refusedToAssess, "2026-03-02", .doneLate, 14),
    ])
    func decided(step: AssessmentStepKind, on: String, state: DeadlineState, daysLate: Int) throws {
        check(try single(.assessmentDecision, of: assessment([(step, on, nil)]), asOf: "2026-04-01"),
              due: "2026-02-16", done: on, state: state, daysLate: daysLate)
    }

    @Test("undecided: due soon within 14 days, late the day after the sixth week")
    func undecided() throws {
        check(try single(.assessmentDecision, of: assessment(), asOf: "2026-02-02"), due: "2026-02-16", state: .dueSoon)
        check(try single(.assessmentDecision, of: assessment(), asOf: "2026-02-17"), due: "2026-02-16", state: .late,
              daysLate: 1)
    }

    @Test("a decision recorded after the day asked about is not yet known")
    func knownAsOf() throws {
        let facts = assessment([(.decidedToAssess, "2026-02-20", nil)])
        check(try single(.assessmentDecision, of: facts, asOf: "2026-02-18"), due: "2026-02-16", state: .late, daysLate: 2)
    }
}
