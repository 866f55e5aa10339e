import ReviewCore
import ReviewTestSupport
import Testing

@Suite("report — SEND Regs 2014 reg 20(7), 21(7)")
struct ReportRuleTests {
    static func plan(_ review: ReviewFacts) -> PlanFacts {
        PlanFixtures.plan(issued: "2025-03-14", reviews: [review])
    }

    @Test("within two weeks after the meeting: meeting 2026-03-05 → report due 2026-03-19")
    func twoWeeksAfter() throws {
        let deadline = try single(.report, of: Self.plan(PlanFixtures.review(1, meeting: "2026-03-05")),
                                  asOf: "2026-03-01")
        // 5 + 14 = 19 March; 1 → 19 March is 18 days away, outside the 14-day window.
        check(deadline, due: "2026-03-19", state: .pending)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("20(7)"))
        #expect(deadline.reviewID == ReviewID(1))
    }

    @Test("sent on the last day: done; a day later: done late by 1")
    func sentOnTimeOrLate() throws {
        let onTime = PlanFixtures.review(1, meeting: "2026-03-05",
                                         steps: [(.meetingHeld, "2026-03-05"), (.reportSent, "2026-03-19")])
        check(try single(.report, of: Self.plan(onTime), asOf: "2026-03-25"),
              due: "2026-03-19", done: "2026-03-19", state: .done)
        let late = PlanFixtures.review(1, meeting: "2026-03-05",
                                       steps: [(.meetingHeld, "2026-03-05"), (.reportSent, "2026-03-20")])
        check(try single(.report, of: Self.plan(late), asOf: "2026-03-25"),
              due: "2026-03-19", done: "2026-03-20", state: .doneLate, daysLate: 1)
    }

    @Test("counted from the day the meeting was held: held 2026-03-10 → due 2026-03-24")
    func fromTheHeldMeeting() throws {
        let review = PlanFixtures.review(1, meeting: "2026-03-05", steps: [(.meetingHeld, "2026-03-10")])
        check(try single(.report, of: Self.plan(review), asOf: "2026-03-25"),
              due: "2026-03-24", state: .late, daysLate: 1)
    }

    @Test("across the year end: meeting 2025-12-22 → due 2026-01-05")
    func acrossYearEnd() throws {
        // 22 + 14 = 36 − 31 = 5 January.
        check(try single(.report, of: Self.plan(PlanFixtures.review(1, meeting: "2025-12-22")), asOf: "2025-12-22"),
              due: "2026-01-05", state: .dueSoon)
    }
}
