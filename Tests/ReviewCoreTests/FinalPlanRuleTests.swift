import ReviewCore
import ReviewTestSupport
import Testing

@Suite("final_plan — SEND Regs 2014 reg 13(2)")
struct FinalPlanRuleTests {
    @Test("within 20 weeks of the request, from the day it is received: 2026-01-05 → 2026-05-25")
    func twentyWeeks() throws {
        // 140 days: 26 in January, 28 in February (54), 31 in March (85), 30 in April (115), 25 in May → 25 May 2026.
        let deadline = try single(.finalPlan, of: assessment(), asOf: "2026-01-05")
        check(deadline, due: "2026-05-25", state: .pending)
        #expect(deadline.source.contains("13(2)"))
    }

    @Test("issued by week 20: done; after: done late by the days")
    func issued() throws {
        let onTime = assessment([(.decidedToAssess, "2026-02-02", nil), (.draftIssued, "2026-04-20", nil),
                                 (.finalIssued, "2026-05-25", nil)])
        check(try single(.finalPlan, of: onTime, asOf: "2026-06-01"), due: "2026-05-25", done: "2026-05-25", state: .done)
        let late = assessment([(.decidedToAssess, "2026-02-02", nil), (.draftIssued, "2026-05-20", nil),
                               (.finalIssued, "2026-06-08", nil)])
        check(try single(.finalPlan, of: late, asOf: "2026-07-01"), due: "2026-05-25", done: "2026-06-08", state: .doneLate,
              daysLate: 14)
    }

    @Test("no plan owed after a refusal to assess or a decision not to issue")
    func noPlanOwed() {
        #expect(deadlines(.finalPlan, of: assessment([(.refusedToAssess, "2026-02-10", nil)]), asOf: "2026-07-01").isEmpty)
        let notIssued = assessment([(.decidedToAssess, "2026-02-02", nil), (.decidedNotToIssue, "2026-06-15", nil)])
        #expect(deadlines(.finalPlan, of: notIssued, asOf: "2026-07-01").isEmpty,
                "a late decision not to issue is not_to_issue_decision's breach, not final_plan's")
    }
}

@Suite("representations for a draft plan — SEND Regs 2014 reg 13(1)")
struct DraftRepresentationsRuleTests {
    @Test("a final 15 days after the draft or later: done; earlier: a breach by the days cut short")
    func fifteenDays() throws {
        let full = assessment([(.decidedToAssess, "2026-02-02", nil), (.draftIssued, "2026-04-20", nil),
                               (.finalIssued, "2026-05-05", nil)])
        let deadline = try single(.representations, of: full, asOf: "2026-06-01")
        check(deadline, due: "2026-05-05", done: "2026-05-05", state: .done)
        #expect(deadline.source.contains("13(1)"))
        let short = assessment([(.decidedToAssess, "2026-02-02", nil), (.draftIssued, "2026-04-20", nil),
                                (.finalIssued, "2026-04-30", nil)])
        check(try single(.representations, of: short, asOf: "2026-06-01"), due: "2026-05-05", done: "2026-04-30",
              state: .doneLate, daysLate: 5)
    }

    @Test("nothing to judge before the final is issued")
    func beforeFinal() {
        #expect(deadlines(.representations, of: assessment([(.draftIssued, "2026-04-20", nil)]), asOf: "2026-04-25").isEmpty)
    }
}
