import ReviewCore
import ReviewTestSupport
import Testing

@Suite("invitations — SEND Regs 2014 reg 20(2)–(3), 21(2)–(3)")
struct InvitationsRuleTests {
    static func plan(_ review: ReviewFacts) -> PlanFacts {
        PlanFixtures.plan(issued: "2025-03-14", reviews: [review])
    }

    @Test("at least two weeks before the meeting: meeting 2026-02-20 → invitations due 2026-02-06")
    func twoWeeksBefore() throws {
        // 20 February − 14 days = 6 February.
        let deadline = try single(.invitations, of: Self.plan(PlanFixtures.review(1, meeting: "2026-02-20")),
                                  asOf: "2026-01-10")
        check(deadline, due: "2026-02-06", state: .pending)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("20(2)"))
        #expect(deadline.reviewID == ReviewID(1))
        #expect(deadline.key == "invitations@review:1")
    }

    @Test("sent exactly two weeks before: done")
    func sentOnTheDay() throws {
        let review = PlanFixtures.review(1, meeting: "2026-02-20", steps: [(.invitationsSent, "2026-02-06")])
        check(try single(.invitations, of: Self.plan(review), asOf: "2026-02-10"),
              due: "2026-02-06", done: "2026-02-06", state: .done)
    }

    @Test("sent 11 days before the meeting: done late by 3 days")
    func sentLate() throws {
        let review = PlanFixtures.review(1, meeting: "2026-02-20", steps: [(.invitationsSent, "2026-02-09")])
        check(try single(.invitations, of: Self.plan(review), asOf: "2026-02-10"),
              due: "2026-02-06", done: "2026-02-09", state: .doneLate, daysLate: 3)
    }

    @Test("not sent: due soon on the date, late the day after")
    func notSent() throws {
        let plan = Self.plan(PlanFixtures.review(1, meeting: "2026-02-20"))
        check(try single(.invitations, of: plan, asOf: "2026-02-06"), due: "2026-02-06", state: .dueSoon)
        check(try single(.invitations, of: plan, asOf: "2026-02-07"), due: "2026-02-06", state: .late, daysLate: 1)
    }

    @Test("a meeting scheduled less than two weeks ahead is late from the day it is scheduled")
    func scheduledTooLate() throws {
        // Scheduled on 12 February for 20 February: invitations were due 6 February, 6 days before today.
        let plan = Self.plan(PlanFixtures.review(1, meeting: "2026-02-20"))
        check(try single(.invitations, of: plan, asOf: "2026-02-12"), due: "2026-02-06", state: .late, daysLate: 6)
    }

    @Test("counted back across a month end: meeting 2026-03-05 → 2026-02-19")
    func acrossMonthEnd() throws {
        // 5 March − 5 days = 28 February, − 9 more = 19 February (February 2026 has 28 days).
        check(try single(.invitations, of: Self.plan(PlanFixtures.review(1, meeting: "2026-03-05")),
                         asOf: "2026-01-10"),
              due: "2026-02-19", state: .pending)
    }

    @Test("counted from the meeting as held when it moved: held 2026-02-27 → due 2026-02-13; never sent, it lapses then")
    func movedMeeting() throws {
        let review = PlanFixtures.review(1, meeting: "2026-02-20", steps: [(.meetingHeld, "2026-02-27")])
        // Late from 14 February; the meeting held on 27 February: 14 days late when it could no longer be done.
        check(try single(.invitations, of: Self.plan(review), asOf: "2026-02-28"),
              due: "2026-02-13", state: .lapsed, daysLate: 14)
    }

    @Test("one deadline per review")
    func perReview() {
        let plan = PlanFixtures.plan(issued: "2025-03-14", reviews: [
            PlanFixtures.review(1, meeting: "2026-02-20"),
            PlanFixtures.review(2, meeting: "2027-01-20"),
        ])
        let found = deadlines(.invitations, of: plan, asOf: "2026-01-01")
        #expect(found.map(\.dueOn) == [day("2026-02-06"), day("2027-01-06")]) // 20 Jan − 14 = 6 Jan
        #expect(found.map(\.reviewID) == [ReviewID(1), ReviewID(2)])
    }
}
