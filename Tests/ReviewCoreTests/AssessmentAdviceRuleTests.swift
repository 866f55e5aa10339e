import ReviewCore
import ReviewTestSupport
import Testing

@Suite("assessment_advice — SEND Regs 2014 reg 8(1)")
struct AssessmentAdviceRuleTests {
    static let asked: [(AssessmentStepKind, String, Int64?)] = [
        (.decidedToAssess, "2026-02-02", nil), (.adviceRequested, "2026-02-03", 7), (.adviceRequested, "2026-02-10", 8),
    ]

    @Test("each professional asked: 6 weeks from the day they were asked, one deadline each")
    func perProfessional() {
        let found = deadlines(.assessmentAdvice, of: assessment(Self.asked), asOf: "2026-02-10")
        #expect(found.map(\.professionalID) == [ProfessionalID(7), ProfessionalID(8)])
        #expect(found.map(\.dueOn) == [day("2026-03-17"), day("2026-03-24")])
        #expect(found.map(\.key) == ["assessment_advice@professional:7", "assessment_advice@professional:8"])
        #expect(found.allSatisfy { $0.statutory && $0.source.contains("8(1)") })
    }

    @Test("done when that professional's advice comes in — another's does not count")
    func received() {
        let facts = assessment(Self.asked + [(.adviceReceived, "2026-03-20", 8)])
        let found = deadlines(.assessmentAdvice, of: facts, asOf: "2026-03-25")
        check(found[0], due: "2026-03-17", state: .late, daysLate: 8)
        check(found[1], due: "2026-03-24", done: "2026-03-20", state: .done)
    }

    @Test("advice still owed when the assessment ends lapses that day, keeping its days late")
    func lapsesAtTheEnd() {
        let facts = assessment(Self.asked + [(.adviceReceived, "2026-03-20", 8), (.decidedNotToIssue, "2026-03-27", nil)])
        let found = deadlines(.assessmentAdvice, of: facts, asOf: "2026-05-01")
        check(found[0], due: "2026-03-17", state: .lapsed, daysLate: 10)
    }

    @Test("not yet due when the assessment ends: nothing is owed any more")
    func droppedAtTheEnd() {
        let facts = assessment(Self.asked + [(.decidedNotToIssue, "2026-03-10", nil)])
        #expect(deadlines(.assessmentAdvice, of: facts, asOf: "2026-05-01").isEmpty)
    }
}
