import ReviewCore
import ReviewTestSupport
import Testing

@Suite("annual_review — CFA 2014 s44(1); CoP 9.166, 9.169")
struct AnnualReviewRuleTests {
    @Test("12 months starting with the first issue: issued 2025-03-14 → due 2026-03-13")
    func twelveMonthsStartingWith() throws {
        // 14 March 2025 is day one; the anniversary is 14 March 2026, so the period ends on 13 March 2026.
        let deadline = try single(.annualReview, of: PlanFixtures.plan(issued: "2025-03-14"), asOf: "2025-06-01")
        check(deadline, due: "2026-03-13", state: .pending)
        #expect(deadline.rule == .annualReview)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("s44(1)"))
        #expect(deadline.source.contains("9.166"))
        #expect(deadline.key == "annual_review@2025-03-14")
        #expect(deadline.reviewID == nil)
    }

    @Test("leap days and month ends", arguments: [
        // 29 Feb 2024: anniversary in common 2025 is 1 March → the period ends 28 February 2025
        ("2024-02-29", "2025-02-28"),
        // 29 Feb 2028: anniversary in common 2029 is 1 March → 28 February 2029
        ("2028-02-29", "2029-02-28"),
        // 1 March 2027: anniversary 1 March 2028 → the day before is the leap day 29 February 2028
        ("2027-03-01", "2028-02-29"),
        ("2023-03-01", "2024-02-29"),
        // 28 Feb 2024: anniversary 28 Feb 2025 → 27 February 2025
        ("2024-02-28", "2025-02-27"),
        // 1 Jan 2025: anniversary 1 Jan 2026 → 31 December 2025
        ("2025-01-01", "2025-12-31"),
        ("2024-12-31", "2025-12-30"),
        ("2025-03-31", "2026-03-30"),
    ])
    func leapDaysAndMonthEnds(issued: String, due: String) throws {
        let deadline = try single(.annualReview, of: PlanFixtures.plan(issued: issued), asOf: issued)
        #expect(deadline.dueOn == day(due))
        #expect(deadline.state == .pending)
    }

    @Test("the due date is still in time; the day after is one day late")
    func lateFromTheDayAfter() throws {
        let plan = PlanFixtures.plan(issued: "2025-03-14")
        check(try single(.annualReview, of: plan, asOf: "2026-02-27"), due: "2026-03-13", state: .dueSoon)
        check(try single(.annualReview, of: plan, asOf: "2026-03-13"), due: "2026-03-13", state: .dueSoon)
        check(try single(.annualReview, of: plan, asOf: "2026-03-14"), due: "2026-03-13", state: .late, daysLate: 1)
        // 13 March → 13 April: 18 days left in March + 13 = 31
        check(try single(.annualReview, of: plan, asOf: "2026-04-13"), due: "2026-03-13", state: .late,
              daysLate: 31)
    }

    @Test("a concluded review restarts the clock from the decision notice")
    func restartsFromDecision() throws {
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-01-20", decided: "2026-02-10"),
        ])
        let cycles = deadlines(.annualReview, of: plan, asOf: "2026-06-01")
        try #require(cycles.count == 2)
        // First cycle: due 13 March 2026, concluded by the decision of 10 February 2026.
        check(cycles[0], due: "2026-03-13", done: "2026-02-10", state: .done)
        // Second cycle: 12 months starting with 10 February 2026 → anniversary 10 February 2027 → 9 February 2027.
        check(cycles[1], due: "2027-02-09", state: .pending)
        #expect(cycles[1].key == "annual_review@2026-02-10")
    }

    @Test("a decision notice after the date concludes the cycle late and anchors the next one")
    func concludedLate() throws {
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-03-10", decided: "2026-04-01"),
        ])
        // Before the decision is known, only the first cycle exists and it is late: 13 → 20 March = 7 days.
        let before = deadlines(.annualReview, of: plan, asOf: "2026-03-20")
        try #require(before.count == 1)
        check(before[0], due: "2026-03-13", state: .late, daysLate: 7)

        let after = deadlines(.annualReview, of: plan, asOf: "2026-04-02")
        try #require(after.count == 2)
        // Done 1 April, 19 days after 13 March (18 days left in March + 1).
        check(after[0], due: "2026-03-13", done: "2026-04-01", state: .doneLate, daysLate: 19)
        // 12 months starting with 1 April 2026 end on 31 March 2027.
        check(after[1], due: "2027-03-31", state: .pending)
    }

    @Test("a decision on the due date itself is in time, and a 28 February anchor ends on 27 February")
    func decisionOnTheDueDate() throws {
        // Issued 29 Feb 2024 → due 28 Feb 2025. Decided that day: done.
        // Next: 12 months starting with 28 Feb 2025 → anniversary 28 Feb 2026 → due 27 Feb 2026.
        let plan = PlanFixtures.plan(issued: "2024-02-29", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-02-03", decided: "2025-02-28"),
        ])
        let cycles = deadlines(.annualReview, of: plan, asOf: "2025-03-01")
        try #require(cycles.count == 2)
        check(cycles[0], due: "2025-02-28", done: "2025-02-28", state: .done)
        check(cycles[1], due: "2026-02-27", state: .pending)
    }

    @Test("three cycles in a row, each anchored on the previous decision notice")
    func threeCycles() throws {
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-01-20", decided: "2026-02-10"),
            // Second review: 10 Feb 2026 → due 9 Feb 2027; decided 29 January 2027.
            PlanFixtures.concludedReview(2, meeting: "2027-01-08", decided: "2027-01-29"),
        ])
        let cycles = deadlines(.annualReview, of: plan, asOf: "2027-02-01")
        try #require(cycles.count == 3)
        check(cycles[0], due: "2026-03-13", done: "2026-02-10", state: .done)
        check(cycles[1], due: "2027-02-09", done: "2027-01-29", state: .done)
        // 12 months starting with 29 January 2027 → 28 January 2028.
        check(cycles[2], due: "2028-01-28", state: .pending)
    }

    @Test("a plan never issued as final has no annual review")
    func noFinalNoClock() {
        let facts = PlanFacts(child: PlanFixtures.child(born: "2017-05-10"),
                              events: [PlanEvent(kind: .draftIssued, on: day("2025-02-01"))])
        #expect(deadlines(.annualReview, of: facts, asOf: "2026-06-01").isEmpty)
    }

    @Test("the clock starts with the first final issue, not a later re-issue")
    func firstIssueCounts() throws {
        let plan = PlanFixtures.plan(issued: "2025-03-14",
                                     events: [PlanEvent(kind: .finalIssued, on: day("2025-06-01"))])
        check(try single(.annualReview, of: plan, asOf: "2025-07-01"), due: "2026-03-13", state: .pending)
    }
}
