import ReviewCore
import ReviewTestSupport
import Testing

@Suite("DeadlineCalculator — states end to end, ceased plans, facts known as of a day")
struct DeadlineCalculatorTests {
    @Test("due_soon within 14 days; the due date is not late; the day after is late by 1", arguments: [
        ("2026-02-26", DeadlineState.pending, 0), // 15 days before 13 March 2026
        ("2026-02-27", DeadlineState.dueSoon, 0), // 14 days before
        ("2026-03-13", DeadlineState.dueSoon, 0), // the due date
        ("2026-03-14", DeadlineState.late, 1),
    ])
    func window(asOf: String, state: DeadlineState, daysLate: Int) throws {
        check(try single(.annualReview, of: PlanFixtures.plan(issued: "2025-03-14"), asOf: asOf),
              due: "2026-03-13", state: state, daysLate: daysLate)
    }

    @Test("the warning window follows the authority's setting")
    func windowSetting() throws {
        let settings = try RuleSettings(dueSoonDays: 30)
        // 11 February → 13 March = 17 + 13 = 30 days.
        let plan = PlanFixtures.plan(issued: "2025-03-14")
        #expect(try single(.annualReview, of: plan, asOf: "2026-02-10", settings: settings).state == .pending)
        #expect(try single(.annualReview, of: plan, asOf: "2026-02-11", settings: settings).state == .dueSoon)
    }

    /// First issued 14 March 2025, a meeting held 1 September 2025 and nothing else done; ceased 1 October 2025.
    static let ceasedPlan = PlanFixtures.plan(
        issued: "2025-03-14",
        reviews: [PlanFixtures.review(1, meeting: "2025-09-01", steps: [(.meetingHeld, "2025-09-01")])],
        events: [PlanEvent(kind: .ceased, on: day("2025-10-01"))])

    @Test("a ceased plan: deadlines due after the cease are gone")
    func ceasedPlanDropsLaterDeadlines() {
        let all = DeadlineCalculator().deadlines(for: Self.ceasedPlan, asOf: day("2026-06-01"))
        // The annual review (13 March 2026) and the Year 7 transfer (14 February 2028) were due after 1 October 2025.
        #expect(all.rule(.annualReview).isEmpty)
        #expect(all.rule(.phaseTransfer).isEmpty)
        #expect(all.allSatisfy { $0.dueOn < day("2025-10-01") })
        // What fell due before it ceased stays: invitations, advice and views (18 Aug), report (15 Sep), decision (29 Sep).
        #expect(Set(all.map(\.rule)) == [.invitations, .advice, .views, .report, .decision])
    }

    @Test("a ceased plan: a breach before the cease lapses, keeping the days late on the day it ceased (DESIGN §3)")
    func ceasedPlanKeepsEarlierBreaches() throws {
        // Report due 1 September + 14 = 15 September 2025; late until the plan ceased on 1 October: 16 days.
        check(try single(.report, of: Self.ceasedPlan, asOf: "2026-06-01"), due: "2025-09-15", state: .lapsed,
              daysLate: 16)
        // Decision due 1 September + 28 = 29 September 2025: 2 days late when the plan ceased.
        check(try single(.decision, of: Self.ceasedPlan, asOf: "2026-06-01"), due: "2025-09-29", state: .lapsed,
              daysLate: 2)
        // The day before the cease they were still late, and could be done.
        check(try single(.report, of: Self.ceasedPlan, asOf: "2025-09-30"), due: "2025-09-15", state: .late,
              daysLate: 15)
    }

    @Test("before the cease is known, the later deadlines are still there")
    func beforeTheCease() throws {
        check(try single(.annualReview, of: Self.ceasedPlan, asOf: "2025-09-30"), due: "2026-03-13", state: .pending)
    }

    @Test("facts dated after the day asked about are not yet known")
    func knownAsOf() throws {
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.review(1, meeting: "2026-02-20", steps: [(.invitationsSent, "2026-02-09")]),
        ])
        // On 8 February the invitations (due 6 February) had not been sent yet: late by 2.
        check(try single(.invitations, of: plan, asOf: "2026-02-08"), due: "2026-02-06", state: .late, daysLate: 2)
        check(try single(.invitations, of: plan, asOf: "2026-02-09"), due: "2026-02-06", done: "2026-02-09",
              state: .doneLate, daysLate: 3)
    }

    @Test("deadlines come earliest first, each rule with its statutory flag")
    func ordering() {
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [PlanFixtures.review(1, meeting: "2026-02-20")])
        let all = DeadlineCalculator().deadlines(for: plan, asOf: day("2026-01-01"))
        #expect(all.map(\.dueOn) == all.map(\.dueOn).sorted())
        // Invitations, advice and views 6 Feb, report 6 March, decision 13 March (20 Feb + 28 = 20 March, capped),
        // annual review 13 March 2026, Year 7 transfer 14 February 2028 (born 10 May 2017), Year 12 30 March 2033.
        #expect(all.map(\.dueOn) == [
            day("2026-02-06"), day("2026-02-06"), day("2026-02-06"), day("2026-03-06"), day("2026-03-13"), day("2026-03-13"),
            day("2028-02-14"), day("2033-03-30"),
        ])
        #expect(all.allSatisfy { $0.statutory })
    }
}
