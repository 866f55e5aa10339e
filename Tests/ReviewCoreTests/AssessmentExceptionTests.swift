import ReviewCore
import ReviewTestSupport
import Testing

@Suite("exceptions — SEND Regs 2014 reg 5(4), 8(2), 10(4), 13(3)")
struct AssessmentExceptionTests {
    static let assessing: [(AssessmentStepKind, String, Int64?)] = [
        (.decidedToAssess, "2026-02-02", nil), (.adviceRequested, "2026-02-03", 7), (.adviceRequested, "2026-02-03", 8),
    ]

    @Test("the family away for 4 weeks from week 10: the 16- and 20-week limits and the advice are excepted, never late")
    func familyAway() {
        let away = AssessmentException(reason: .absentFromArea, from: day("2026-03-16"), to: day("2026-04-17"))
        let facts = assessment(Self.assessing, exceptions: [away])
        let all = AssessmentDeadlineCalculator().deadlines(for: facts, asOf: day("2026-06-30"))
        let byRule = Dictionary(grouping: all, by: \.rule)
        #expect(byRule[.finalPlan]?.map(\.state) == [.excepted])
        #expect(byRule[.notToIssueDecision]?.map(\.state) == [.excepted])
        #expect(byRule[.assessmentAdvice]?.map(\.state) == [.excepted, .excepted])
        #expect(all.allSatisfy { $0.daysLate == 0 })
        // The decision to assess was met before the family went away: the exception changes nothing there.
        #expect(byRule[.assessmentDecision]?.map(\.state) == [.done])
    }

    @Test("met in time despite an exception: done, not excepted")
    func metAnyway() throws {
        let closure = AssessmentException(reason: .schoolClosure, from: day("2026-03-30"), to: day("2026-04-24"))
        let facts = assessment(Self.assessing + [(.draftIssued, "2026-04-27", nil), (.finalIssued, "2026-05-20", nil)],
                               exceptions: [closure])
        check(try single(.finalPlan, of: facts, asOf: "2026-06-01"), due: "2026-05-25", done: "2026-05-20", state: .done)
    }

    @Test("an exception that began after a deadline was already missed does not excuse it")
    func afterTheBreach() throws {
        let later = AssessmentException(reason: .exceptionalPersonalCircumstances, from: day("2026-02-20"))
        check(try single(.assessmentDecision, of: assessment(exceptions: [later]), asOf: "2026-02-25"), due: "2026-02-16",
              state: .late, daysLate: 9)
    }

    @Test("an exception known only from a later day does not apply before it")
    func knownAsOf() throws {
        let later = AssessmentException(reason: .absentFromArea, from: day("2026-05-01"))
        let facts = assessment(Self.assessing, exceptions: [later])
        check(try single(.finalPlan, of: facts, asOf: "2026-04-20"), due: "2026-05-25", state: .pending)
        check(try single(.finalPlan, of: facts, asOf: "2026-05-26"), due: "2026-05-25", state: .excepted)
    }

    @Test("a missed appointment excuses that professional's advice only (reg 8(2)), nothing else")
    func missedAppointment() throws {
        let missed = AssessmentException(reason: .missedAppointment, from: day("2026-03-01"), to: day("2026-03-01"),
                                         professionalID: ProfessionalID(7))
        let facts = assessment(Self.assessing, exceptions: [missed])
        let advice = deadlines(.assessmentAdvice, of: facts, asOf: "2026-03-20")
        #expect(advice.map(\.state) == [.excepted, .late])
        #expect(try single(.finalPlan, of: facts, asOf: "2026-06-01").state == .late)
    }

    @Test("each reason disapplies the 6-, 16- and 20-week limits, save a missed appointment", arguments: AssessmentExceptionReason.allCases)
    func reasons(reason: AssessmentExceptionReason) {
        let limits: Set<RuleID> = [.assessmentDecision, .assessmentAdvice, .notToIssueDecision, .finalPlan]
        #expect(reason.disapplies == (reason == .missedAppointment ? [.assessmentAdvice] : limits))
    }
}
