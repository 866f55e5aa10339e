import ReviewCore
import ReviewTestSupport
import Testing

/// DESIGN §3 `lapsed`: a deadline missed and no longer doable keeps its days late at the moment it lapsed;
/// the annual review itself never lapses but with the plan (issue 13).
@Suite("lapsed — missed and no longer doable")
struct LapsedTests {
    static let issued = "2025-03-14"

    @Test("the advice and the views of a meeting that was held lapse on the meeting day; done ones stay done")
    func meetingHeld() throws {
        let plan = PlanFixtures.plan(issued: Self.issued, reviews: [
            PlanFixtures.review(1, meeting: "2026-02-20", steps: [(.invitationsSent, "2026-02-01"), (.meetingHeld, "2026-02-20")]),
        ])
        check(try single(.advice, of: plan, asOf: "2026-02-19"), due: "2026-02-06", state: .late, daysLate: 13)
        check(try single(.advice, of: plan, asOf: "2026-03-01"), due: "2026-02-06", state: .lapsed, daysLate: 14)
        check(try single(.views, of: plan, asOf: "2026-03-01"), due: "2026-02-06", state: .lapsed, daysLate: 14)
        check(try single(.invitations, of: plan, asOf: "2026-03-01"), due: "2026-02-06", done: "2026-02-01", state: .done)
    }

    @Test("the report lapses once the decision is issued; a report sent after it is done late, not lapsed")
    func reportAfterDecision() throws {
        let unsent = PlanFixtures.plan(issued: Self.issued, reviews: [
            PlanFixtures.review(1, meeting: "2026-01-20", steps: [(.meetingHeld, "2026-01-20"), (.decisionIssued, "2026-02-10")]),
        ])
        // Report due 3 February; the decision on 10 February ends it, 7 days late.
        check(try single(.report, of: unsent, asOf: "2026-03-01"), due: "2026-02-03", state: .lapsed, daysLate: 7)
        let sentLate = PlanFixtures.plan(issued: Self.issued, reviews: [
            PlanFixtures.review(1, meeting: "2026-01-20", steps: [(.meetingHeld, "2026-01-20"), (.decisionIssued, "2026-02-10"),
                                                                  (.reportSent, "2026-02-12")]),
        ])
        check(try single(.report, of: sentLate, asOf: "2026-03-01"), due: "2026-02-03", done: "2026-02-12", state: .doneLate,
              daysLate: 9)
    }

    @Test("a decision issued before the report was due leaves no report deadline: nothing was missed")
    func decisionBeforeReportDue() {
        let plan = PlanFixtures.plan(issued: Self.issued, reviews: [
            PlanFixtures.review(1, meeting: "2026-01-20", steps: [(.meetingHeld, "2026-01-20"), (.decisionIssued, "2026-01-27")]),
        ])
        #expect(deadlines(.report, of: plan, asOf: "2026-03-01").isEmpty)
    }

    @Test("a missed 15 February is late until the move, then lapsed (issue 13)")
    func phaseTransfer() throws {
        // Born 10 May 2015: Year 6 in 2025/26, to secondary on 1 September 2026, due 14 February 2026.
        let plan = PlanFixtures.plan(issued: Self.issued, born: "2015-05-10")
        func secondary(_ asOf: String) throws -> Deadline {
            try #require(deadlines(.phaseTransfer, of: plan, asOf: asOf).first { $0.dueOn == day("2026-02-14") })
        }
        check(try secondary("2026-08-31"), due: "2026-02-14", state: .late, daysLate: 198)
        check(try secondary("2026-09-01"), due: "2026-02-14", state: .lapsed, daysLate: 199)
    }

    @Test("the annual review never lapses while the plan lives: late until its decision")
    func annualReviewStaysLate() throws {
        let plan = PlanFixtures.plan(issued: Self.issued, reviews: [
            PlanFixtures.review(1, meeting: "2026-04-01", steps: [(.meetingHeld, "2026-04-01")]),
        ])
        check(try single(.annualReview, of: plan, asOf: "2026-06-01"), due: "2026-03-13", state: .late, daysLate: 80)
    }

    @Test("a meeting called off: what was owed before it lapses on the day, keeping its days late; nothing after it")
    func meetingCancelled() throws {
        var booked = PlanFixtures.review(1, meeting: "2026-02-20", steps: [(.invitationsSent, "2026-02-01")])
        booked.cancelledOn = day("2026-02-12")
        let plan = PlanFixtures.plan(issued: Self.issued, reviews: [booked])
        // Before the day it was called off, it was a meeting like any other: the advice is late.
        check(try single(.advice, of: plan, asOf: "2026-02-10"), due: "2026-02-06", state: .late, daysLate: 4)
        check(try single(.advice, of: plan, asOf: "2026-03-01"), due: "2026-02-06", state: .lapsed, daysLate: 6)
        check(try single(.views, of: plan, asOf: "2026-03-01"), due: "2026-02-06", state: .lapsed, daysLate: 6)
        check(try single(.invitations, of: plan, asOf: "2026-03-01"), due: "2026-02-06", done: "2026-02-01", state: .done)
        // A meeting that was not held has no report or decision, and it concludes no annual review.
        for rule in [RuleID.report, .decision, .amendmentNotice, .preparationForAdulthood] {
            #expect(deadlines(rule, of: plan, asOf: "2026-03-01").allSatisfy { $0.reviewID != booked.id }, "\(rule)")
        }
        check(try single(.annualReview, of: plan, asOf: "2026-04-01"), due: "2026-03-13", state: .late, daysLate: 19)
    }

    @Test("a meeting called off before anything was due leaves no deadline of its own")
    func meetingCancelledEarly() {
        var booked = PlanFixtures.review(1, meeting: "2026-02-20")
        booked.cancelledOn = day("2026-02-02")
        let plan = PlanFixtures.plan(issued: Self.issued, reviews: [booked])
        #expect(DeadlineCalculator().deadlines(for: plan, asOf: day("2026-03-01")).allSatisfy { $0.reviewID == nil })
    }
}
