import ReviewCore
import ReviewTestSupport
import Testing

@Suite("decision — SEND Regs 2014 reg 20(10), 21(10); CoP 9.176; capped by annual_review")
struct DecisionRuleTests {
    // Every plan here is first issued 14 March 2025: the annual review is due 13 March 2026.

    @Test("within four weeks after the meeting: held 2026-01-20 → due 2026-02-17")
    func fourWeeksAfter() throws {
        // 20 January + 28 days = 48 − 31 = 17 February, well before 13 March 2026.
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.review(1, meeting: "2026-01-20", steps: [(.meetingHeld, "2026-01-20")]),
        ])
        let deadline = try single(.decision, of: plan, asOf: "2026-01-21")
        check(deadline, due: "2026-02-17", state: .pending)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("CoP 9.176"))
        #expect(deadline.reviewID == ReviewID(1))
    }

    @Test("decided in time: done; a day late: done late by 1")
    func doneOrDoneLate() throws {
        let onTime = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-01-20", decided: "2026-02-10"),
        ])
        check(try single(.decision, of: onTime, asOf: "2026-03-01"), due: "2026-02-17", done: "2026-02-10",
              state: .done)
        let late = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-01-20", decided: "2026-02-18"),
        ])
        check(try single(.decision, of: late, asOf: "2026-03-01"), due: "2026-02-17", done: "2026-02-18",
              state: .doneLate, daysLate: 1)
    }

    @Test("capped by the annual-review date when the meeting is late in the cycle")
    func cappedByAnnualReview() throws {
        // Held 1 March 2026: four weeks on is 29 March, after the annual date of 13 March 2026 → due 13 March.
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.review(1, meeting: "2026-03-01", steps: [(.meetingHeld, "2026-03-01")]),
        ])
        check(try single(.decision, of: plan, asOf: "2026-03-02"), due: "2026-03-13", state: .dueSoon)
        check(try single(.decision, of: plan, asOf: "2026-03-14"), due: "2026-03-13", state: .late, daysLate: 1)
        check(try single(.annualReview, of: plan, asOf: "2026-03-14"), due: "2026-03-13", state: .late, daysLate: 1)
    }

    @Test("a decision after the cap is done late, counted from the annual date")
    func cappedAndLate() throws {
        // Due 13 March (capped); decided 27 March, within 4 weeks of the meeting but 14 days after the cap.
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-03-01", decided: "2026-03-27"),
        ])
        check(try single(.decision, of: plan, asOf: "2026-04-01"), due: "2026-03-13", done: "2026-03-27",
              state: .doneLate, daysLate: 14)
    }

    @Test("in the second cycle the cap is 12 months from the previous decision notice")
    func capInSecondCycle() throws {
        // First review decided 10 Feb 2026 → next annual date 9 Feb 2027.
        // Second meeting held 28 Jan 2027: + 28 days = 25 Feb 2027, after 9 Feb → due 9 Feb 2027.
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-01-20", decided: "2026-02-10"),
            PlanFixtures.review(2, meeting: "2027-01-28", steps: [(.meetingHeld, "2027-01-28")]),
        ])
        let found = deadlines(.decision, of: plan, asOf: "2027-01-29")
        try #require(found.count == 2)
        check(found[0], due: "2026-02-17", done: "2026-02-10", state: .done)
        check(found[1], due: "2027-02-09", state: .dueSoon) // 29 Jan → 9 Feb = 11 days
    }

    @Test("a late second decision is still judged against its own cycle's date")
    func secondCycleDecidedLate() throws {
        // Cap 9 Feb 2027; decided 1 March 2027: 19 days left in February (28 − 9) + 1 = 20 days late.
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2026-01-20", decided: "2026-02-10"),
            PlanFixtures.concludedReview(2, meeting: "2027-01-28", decided: "2027-03-01"),
        ])
        let found = deadlines(.decision, of: plan, asOf: "2027-03-02")
        try #require(found.count == 2)
        check(found[1], due: "2027-02-09", done: "2027-03-01", state: .doneLate, daysLate: 20)
    }

    @Test("a meeting held after the annual date gets its four weeks (DESIGN §4): due 29 April, not the meeting day")
    func meetingAfterTheAnnualDate() throws {
        // The annual review (due 13 March 2026) is already late when the meeting is held on 1 April 2026.
        // "Never after annual_review" cannot be met, so the cap does not apply: four weeks after the meeting,
        // 29 April 2026 (issue 13: due on the meeting day itself, it was late the day after the meeting).
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.review(1, meeting: "2026-04-01", steps: [(.meetingHeld, "2026-04-01")]),
        ])
        check(try single(.decision, of: plan, asOf: "2026-04-02"), due: "2026-04-29", state: .pending)
        check(try single(.decision, of: plan, asOf: "2026-04-30"), due: "2026-04-29", state: .late, daysLate: 1)
        check(try single(.annualReview, of: plan, asOf: "2026-04-01"), due: "2026-03-13", state: .late,
              daysLate: 19)
    }

    @Test("a meeting on the annual date itself is still capped: due that day")
    func meetingOnTheAnnualDate() throws {
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.review(1, meeting: "2026-03-13", steps: [(.meetingHeld, "2026-03-13")]),
        ])
        check(try single(.decision, of: plan, asOf: "2026-03-13"), due: "2026-03-13", state: .dueSoon)
    }
}
