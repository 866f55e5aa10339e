import ReviewCore
import ReviewTestSupport
import Testing

@Suite("not_to_issue_decision — SEND Regs 2014 reg 10(1)")
struct NotToIssueDecisionRuleTests {
    @Test("none before the decision to assess, nor after a refusal")
    func onlyOnceAssessing() {
        #expect(deadlines(.notToIssueDecision, of: assessment(), asOf: "2026-02-01").isEmpty)
        #expect(deadlines(.notToIssueDecision, of: assessment([(.refusedToAssess, "2026-02-01", nil)]), asOf: "2026-06-01").isEmpty)
    }

    @Test("within 16 weeks of the request: 2026-01-05 → 2026-04-27")
    func sixteenWeeks() throws {
        // 112 days: 26 left in January, 28 in February (54), 31 in March (85), 27 in April → 27 April 2026.
        let deadline = try single(.notToIssueDecision, of: assessment([(.decidedToAssess, "2026-02-02", nil)]), asOf: "2026-03-01")
        check(deadline, due: "2026-04-27", state: .pending)
        #expect(deadline.source.contains("10(1)"))
    }

    @Test("done by the decision not to issue, or by the draft plan (the decision to issue)", arguments: [
        (AssessmentStepKind.decidedNotToIssue, "2026-04-27", DeadlineState.done, 0),
        (.draftIssued, "2026-04-01", .done, 0),
        (.decidedNotToIssue, "2026-05-04", .doneLate, 7),
    ])
    func decided(step: AssessmentStepKind, on: String, state: DeadlineState, daysLate: Int) throws {
        let facts = assessment([(.decidedToAssess, "2026-02-02", nil), (step, on, nil)])
        check(try single(.notToIssueDecision, of: facts, asOf: "2026-06-01"), due: "2026-04-27", done: on, state: state,
              daysLate: daysLate)
    }

    @Test("neither by week 16: late")
    func late() throws {
        check(try single(.notToIssueDecision, of: assessment([(.decidedToAssess, "2026-02-02", nil)]), asOf: "2026-04-30"),
              due: "2026-04-27", state: .late, daysLate: 3)
    }
}
