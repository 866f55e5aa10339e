import ReviewCore
import ReviewTestSupport
import Testing

@Suite("under_five_review — CoP 9.178 (guidance, never a breach)")
struct UnderFiveReviewRuleTests {
    /// A child born 10 June 2022, aged 2 when the plan was first issued on 15 January 2025.
    static let born = "2022-06-10"

    @Test("every 6 months starting with the first issue: 2025-01-15 → 2025-07-14, as guidance")
    func sixMonths() throws {
        // 15 January 2025 is day one; 6 months on is 15 July 2025, so the period ends 14 July 2025.
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: Self.born)
        let deadline = try single(.underFiveReview, of: plan, asOf: "2025-01-15")
        check(deadline, due: "2025-07-14", state: .pending)
        #expect(deadline.statutory == false)
        #expect(deadline.source.contains("9.178"))
    }

    @Test("past its date it is advice, never late: not on the day after, nor 18 months later", arguments: [
        "2025-07-14", // the date itself
        "2025-07-15", // the day after: a statutory date would be 1 day late
        "2026-12-31", // 18 months on
    ])
    func neverABreach(asOf: String) throws {
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: Self.born)
        let deadline = try single(.underFiveReview, of: plan, asOf: asOf)
        #expect(deadline.state != .late)
        #expect(deadline.state != .doneLate)
        #expect(deadline.daysLate == 0)
        #expect(deadline.statutory == false)
        #expect(deadline.state == .dueSoon) // shown as advice to act on
        #expect(deadline.dueOn == day("2025-07-14"))
    }

    @Test("the window: 15 days before is pending, 14 days before is due soon")
    func window() throws {
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: Self.born)
        // 29 June → 14 July = 1 + 14 = 15 days; 30 June → 14 July = 14 days.
        #expect(try single(.underFiveReview, of: plan, asOf: "2025-06-29").state == .pending)
        #expect(try single(.underFiveReview, of: plan, asOf: "2025-06-30").state == .dueSoon)
    }

    @Test("the annual review of the same child stays a statutory duty")
    func annualStaysStatutory() throws {
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: Self.born)
        let annual = try single(.annualReview, of: plan, asOf: "2026-12-31")
        // Due 14 January 2026; to 31 December 2026 is 365 − 14 = 351 days.
        check(annual, due: "2026-01-14", state: .late, daysLate: 351)
        #expect(annual.statutory)
    }

    @Test("a review concluded after the date is simply done, and the next period starts with its decision")
    func doneAfterTheDate() throws {
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: Self.born, reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-08-10", decided: "2025-09-01"),
        ])
        let periods = deadlines(.underFiveReview, of: plan, asOf: "2025-09-02")
        try #require(periods.count == 2)
        check(periods[0], due: "2025-07-14", done: "2025-09-01", state: .done)
        // Aged 3 on 1 September 2025: 6 months starting with 1 September 2025 → 1 March 2026 → 28 February 2026.
        check(periods[1], due: "2026-02-28", state: .pending)
    }

    @Test("a 3-month setting: 2025-01-15 → 2025-04-14")
    func threeMonths() throws {
        let settings = try RuleSettings(underFiveReviewMonths: 3)
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: Self.born)
        check(try single(.underFiveReview, of: plan, asOf: "2025-01-15", settings: settings),
              due: "2025-04-14", state: .pending)
    }

    @Test("no under-five review for a child of five or over")
    func notForFiveYearOlds() {
        // Born 10 June 2019: aged 5 on 15 January 2025.
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: "2019-06-10")
        #expect(deadlines(.underFiveReview, of: plan, asOf: "2025-01-15").isEmpty)
    }

    @Test("a child who turns five before the period ends has no under-five review due after the birthday (issue 13)")
    func turnsFiveDuringThePeriod() {
        // Born 1 March 2020: under five when the plan is issued on 15 January 2025, five on 1 March 2025,
        // before the review the period would bring (14 July 2025). Nothing is due; the annual review stays.
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: "2020-03-01")
        #expect(deadlines(.underFiveReview, of: plan, asOf: "2025-01-15").isEmpty)
        #expect(deadlines(.annualReview, of: plan, asOf: "2025-01-15").count == 1)
    }

    @Test("due the day before the fifth birthday: still due (the child is four that day)")
    func dueTheDayBefore() throws {
        // Born 15 July 2020; 6 months starting with 15 January 2025 end 14 July 2025, the day before the birthday.
        let plan = PlanFixtures.plan(issued: "2025-01-15", born: "2020-07-15")
        check(try single(.underFiveReview, of: plan, asOf: "2025-01-15"), due: "2025-07-14", state: .pending)
    }

    @Test("a period starting with 31 August ends on the last day of February")
    func monthEnd() throws {
        // 6 months starting with 31 August 2025: no 31 February, the anniversary is 1 March 2026.
        let plan = PlanFixtures.plan(issued: "2025-08-31", born: Self.born)
        check(try single(.underFiveReview, of: plan, asOf: "2025-09-01"), due: "2026-02-28", state: .pending)
    }
}
