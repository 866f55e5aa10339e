import ReviewCore
import ReviewTestSupport
import Testing

@Suite("amendment_notice — SEND Regs 2014 reg 22(2); R (L, M & P) v Devon CC [2022]")
struct AmendmentNoticeRuleTests {
    /// First issued 14 March 2025; meeting held 20 January 2026, decided `decided` with `decision`, and the
    /// amendment notice (proposed amendments) sent on `notice`.
    static func plan(decided: String?, decision: ReviewDecision = .amend, notice: String?) -> PlanFacts {
        var steps: [(ReviewStepKind, String)] = [(.meetingHeld, "2026-01-20")]
        if let decided { steps.append((.decisionIssued, decided)) }
        return PlanFixtures.plan(
            issued: "2025-03-14",
            reviews: [PlanFixtures.review(1, meeting: "2026-01-20", steps: steps, decision: decision)],
            events: notice.map { [PlanEvent(kind: .amendmentProposed, on: day($0))] } ?? [])
    }

    @Test("Devon: with the decision, within 4 weeks of the meeting: 2026-01-20 → 2026-02-17; done")
    func withTheDecision() throws {
        // 20 January + 28 days = 17 February 2026.
        let deadline = try single(.amendmentNotice, of: Self.plan(decided: "2026-02-10", notice: "2026-02-10"),
                                  asOf: "2026-02-20")
        check(deadline, due: "2026-02-17", done: "2026-02-10", state: .done)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("22(2)"))
        #expect(deadline.source.contains("Devon"))
        #expect(deadline.reviewID == ReviewID(1))
    }

    @Test("a decision to amend with no notice yet: late the day after the date")
    func decisionWithoutNotice() throws {
        let plan = Self.plan(decided: "2026-02-10", notice: nil)
        check(try single(.amendmentNotice, of: plan, asOf: "2026-02-17"), due: "2026-02-17", state: .dueSoon)
        // 17 → 20 February = 3 days.
        check(try single(.amendmentNotice, of: plan, asOf: "2026-02-20"), due: "2026-02-17", state: .late,
              daysLate: 3)
    }

    @Test("the notice months after the decision (the Devon practice) is done late")
    func noticeLate() throws {
        // 17 February → 3 March: 11 days left in February + 3 = 14.
        check(try single(.amendmentNotice, of: Self.plan(decided: "2026-02-10", notice: "2026-03-03"),
                         asOf: "2026-03-10"),
              due: "2026-02-17", done: "2026-03-03", state: .doneLate, daysLate: 14)
    }

    @Test("an authority setting of 2 weeks: 2026-01-20 → 2026-02-03")
    func twoWeekSetting() throws {
        let settings = try RuleSettings(amendmentNoticeWeeks: 2)
        // 20 January + 14 days = 3 February; the notice of 10 February is 7 days late.
        check(try single(.amendmentNotice, of: Self.plan(decided: "2026-02-10", notice: "2026-02-10"),
                         asOf: "2026-02-20", settings: settings),
              due: "2026-02-03", done: "2026-02-10", state: .doneLate, daysLate: 7)
    }

    @Test("amendments proposed after the meeting before any decision still make a deadline")
    func proposedBeforeDecision() throws {
        check(try single(.amendmentNotice, of: Self.plan(decided: nil, notice: "2026-02-05"), asOf: "2026-02-06"),
              due: "2026-02-17", done: "2026-02-05", state: .done)
    }

    @Test("capped by the annual date like the decision (DESIGN §4): held 1 March 2026 → due 13 March, not 29 March")
    func cappedByAnnualDate() throws {
        let plan = PlanFixtures.plan(
            issued: "2025-03-14",
            reviews: [PlanFixtures.review(1, meeting: "2026-03-01", steps: [(.meetingHeld, "2026-03-01"),
                                                                               (.decisionIssued, "2026-03-10")],
                                          decision: .amend)])
        check(try single(.amendmentNotice, of: plan, asOf: "2026-03-14"), due: "2026-03-13", state: .late, daysLate: 1)
        check(try single(.decision, of: plan, asOf: "2026-03-14"), due: "2026-03-13", done: "2026-03-10", state: .done)
    }

    @Test("a meeting after the annual date gets the notice's full weeks, as the decision does")
    func meetingAfterAnnualDate() throws {
        let plan = PlanFixtures.plan(
            issued: "2025-03-14",
            reviews: [PlanFixtures.review(1, meeting: "2026-04-01", steps: [(.meetingHeld, "2026-04-01")],
                                          decision: .amend)],
            events: [PlanEvent(kind: .amendmentProposed, on: day("2026-04-20"))])
        check(try single(.amendmentNotice, of: plan, asOf: "2026-04-21"), due: "2026-04-29", done: "2026-04-20",
              state: .done)
    }

    @Test("a decision to maintain, with no amendments proposed, has no amendment notice")
    func maintain() {
        #expect(deadlines(.amendmentNotice, of: Self.plan(decided: "2026-02-10", decision: .maintain, notice: nil),
                          asOf: "2026-03-10").isEmpty)
    }

    @Test("settings outside the law's 1 to 4 weeks are refused")
    func settingsRange() {
        #expect(throws: (any Error).self) { try RuleSettings(amendmentNoticeWeeks: 0) }
        #expect(throws: (any Error).self) { try RuleSettings(amendmentNoticeWeeks: 5) }
        #expect(throws: (any Error).self) { try RuleSettings(underFiveReviewMonths: 2) }
        #expect(throws: (any Error).self) { try RuleSettings(underFiveReviewMonths: 7) }
        #expect(throws: Never.self) { try RuleSettings(amendmentNoticeWeeks: 1) }
    }
}
