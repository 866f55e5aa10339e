import ReviewCore
import ReviewTestSupport
import Testing

/// DESIGN §4 `views`: the child's and the family's views gathered with the advice, at least two weeks before
/// the meeting (SEND Regs 2014 reg 19, 20(2)(a), 20(4), 21(4)); done by `views_received`.
@Suite("views — SEND Regs 2014 reg 19, 20(2)(a), 20(4), 21(4)")
struct ViewsRuleTests {
    static func plan(steps: [ReviewStepRecord]) -> PlanFacts {
        PlanFixtures.plan(issued: "2025-03-14", reviews: [ReviewFacts(id: ReviewID(1), meetingOn: day("2026-02-20"), steps: steps)])
    }

    @Test("due with the advice: meeting 20 February 2026 → 6 February; statutory")
    func due() throws {
        let deadline = try single(.views, of: Self.plan(steps: []), asOf: "2026-01-01")
        check(deadline, due: "2026-02-06", state: .pending)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("reg 19"))
        #expect(deadline.reviewID == ReviewID(1))
    }

    @Test("views received in time: done; after the date: done late; none: late the day after")
    func states() throws {
        check(try single(.views, of: Self.plan(steps: [ReviewStepRecord(step: .viewsReceived, on: day("2026-02-01"), from: .parent)]),
                         asOf: "2026-02-10"), due: "2026-02-06", done: "2026-02-01", state: .done)
        check(try single(.views, of: Self.plan(steps: [ReviewStepRecord(step: .viewsReceived, on: day("2026-02-09"), from: .child)]),
                         asOf: "2026-02-10"), due: "2026-02-06", done: "2026-02-09", state: .doneLate, daysLate: 3)
        check(try single(.views, of: Self.plan(steps: []), asOf: "2026-02-07"), due: "2026-02-06", state: .late, daysLate: 1)
    }

    @Test("advice from every professional does not stand in for the family's views")
    func adviceIsNotViews() throws {
        let plan = Self.plan(steps: [ReviewStepRecord(step: .adviceCirculated, on: day("2026-02-01"))])
        check(try single(.advice, of: plan, asOf: "2026-02-10"), due: "2026-02-06", done: "2026-02-01", state: .done)
        check(try single(.views, of: plan, asOf: "2026-02-10"), due: "2026-02-06", state: .late, daysLate: 4)
    }
}
