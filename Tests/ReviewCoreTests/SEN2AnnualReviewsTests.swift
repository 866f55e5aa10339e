import ReviewCore
import ReviewTestSupport
import Testing

/// SEN2 Module 5 from a plan's facts: items 5.4–5.6 as at the census date, and the year's figures, each
/// definition of ``SEN2AnnualReviews`` pinned. The annual-review cycles come from the real rules
/// (``DeadlineCalculator``), as the store materialises them.
@Suite("SEN2 annual reviews (Module 5)")
struct SEN2AnnualReviewsTests {
    /// 2025's reviews, read as at 15 January 2026.
    static let sen2 = SEN2AnnualReviews(try! SEN2ReviewYear(year: 2025))

    /// The SEN2 facts of `plan`, as the store would give them; `cancelled` meetings are added cancelled.
    static func facts(_ plan: PlanFacts, cancelled: [(meeting: String, on: String)] = []) -> SEN2PlanFacts {
        SEN2PlanFacts(
            reference: "EHC-1", child: "A. B.", firstIssuedOn: plan.firstIssuedOn, ceasedOn: plan.ceasedOn,
            annualReviews: DeadlineCalculator().planned(for: plan).filter { $0.draft.rule == .annualReview }
                .map { SEN2PlanFacts.AnnualReview(dueOn: $0.draft.dueOn, concludedOn: $0.draft.doneOn) },
            reviews: plan.reviews.map {
                SEN2PlanFacts.Review(meetingOn: $0.effectiveMeetingOn, decisionOn: $0.decisionOn, decision: $0.decision)
            } + cancelled.map { SEN2PlanFacts.Review(meetingOn: day($0.meeting), cancelledOn: day($0.on)) })
    }

    static func row(_ plan: PlanFacts, cancelled: [(meeting: String, on: String)] = []) throws -> SEN2PlanRow {
        try #require(sen2.row(for: facts(plan, cancelled: cancelled)))
    }

    @Test("a review due and decided in the year, within 4 weeks: completed, with 5.4–5.6 filled in")
    func completedInYear() throws {
        let plan = PlanFixtures.plan(issued: "2024-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-02-20", decided: "2025-03-10", decision: .maintain),
        ])
        let row = try Self.row(plan)
        #expect(row.reviewDueOn == day("2025-03-13"))
        #expect(row.status == .completed)
        #expect(row.decidedOn == day("2025-03-10"))
        #expect(row.decision == .maintain)
        #expect(row.decisionWithinFourWeeks == true)
        #expect(row.reviewMeeting == day("2025-02-20"))
        #expect(row.reviewOutcome == .maintain)
        #expect(row.lastReview == day("2025-03-10"))
        #expect(row.activeOnCensusDate)
    }

    @Test("a decision exactly 28 days after the meeting is within 4 weeks; 29 days is over")
    func fourWeekEdge() throws {
        let within = PlanFixtures.plan(issued: "2024-06-01", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-04-01", decided: "2025-04-29"),
        ])
        let over = PlanFixtures.plan(issued: "2024-06-01", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-04-01", decided: "2025-04-30"),
        ])
        #expect(try Self.row(within).decisionWithinFourWeeks == true)
        #expect(try Self.row(over).decisionWithinFourWeeks == false)
        #expect(try Self.row(over).status == .completed, "late against 4 weeks, but in the year: still completed")
    }

    @Test("a plan first issued in the middle of the year expects its first review next year")
    func firstIssuedMidYear() throws {
        let row = try Self.row(PlanFixtures.plan(issued: "2025-07-01"))
        #expect(row.status == .notExpected)
        #expect(row.reviewDueOn == nil)
        #expect(row.reviewMeeting == nil && row.reviewOutcome == nil && row.lastReview == nil)
        #expect(row.decisionWithinFourWeeks == nil)
    }

    @Test("a plan first issued after the year, or ceased before it, is not in the year at all")
    func outsideTheYear() {
        #expect(Self.sen2.row(for: Self.facts(PlanFixtures.plan(issued: "2026-01-05"))) == nil)
        let ceased = PlanFixtures.plan(issued: "2023-03-01", events: [PlanEvent(kind: .ceased, on: day("2024-12-31"))])
        #expect(Self.sen2.row(for: Self.facts(ceased)) == nil)
        let ceasedOnNewYear = PlanFixtures.plan(issued: "2023-03-01", events: [PlanEvent(kind: .ceased, on: day("2025-01-01"))])
        #expect(Self.sen2.row(for: Self.facts(ceasedOnNewYear)) != nil, "maintained on 1 January")
        #expect(Self.sen2.row(for: SEN2PlanFacts(reference: "D", child: "", firstIssuedOn: nil)) == nil,
                "a draft is no plan yet")
    }

    @Test("a review brought forward into the year before is completed prior; the plan is counted once")
    func completedPrior() throws {
        // Due 31 May 2025; decided 1 December 2024 for a phase transfer. The next is due 30 November 2025,
        // also in 2025: the earlier counts.
        let plan = PlanFixtures.plan(issued: "2024-06-01", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2024-11-10", decided: "2024-12-01", decision: .amend),
        ])
        let row = try Self.row(plan)
        #expect(row.reviewDueOn == day("2025-05-31"))
        #expect(row.status == .completedPrior)
        #expect(row.decidedOn == day("2024-12-01"))
        #expect(row.decision == .amend)
        #expect(row.decisionWithinFourWeeks == nil, "the 4-week figures count reviews completed in the year")
        let figures = SEN2ReviewFigures(rows: [row])
        #expect(figures.totalPlans == 1 && figures.expected == 1 && figures.completedPrior == 1)
        #expect(figures.amended == 0, "outcomes are of reviews completed in the year")
    }

    @Test("a review due in the year with no decision by 31 December is not completed, even if decided before the census")
    func notCompleted() throws {
        let none = try Self.row(PlanFixtures.plan(issued: "2024-02-01"))
        #expect(none.reviewDueOn == day("2025-01-31"))
        #expect(none.status == .notCompleted)
        let decidedInJanuary = try Self.row(PlanFixtures.plan(issued: "2024-02-01", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-12-01", decided: "2026-01-05", decision: .amend),
        ]))
        #expect(decidedInJanuary.status == .notCompleted)
        #expect(decidedInJanuary.decidedOn == nil)
        #expect(decidedInJanuary.reviewMeeting == day("2025-12-01"), "5.4 is read at the census date")
        #expect(decidedInJanuary.reviewOutcome == .amend, "decided by the census date")
        #expect(decidedInJanuary.lastReview == day("2026-01-05"))
    }

    @Test("a review outstanding from an earlier year is still expected; a late decision in the year completes it")
    func overdueCarriedIn() throws {
        let neverReviewed = try Self.row(PlanFixtures.plan(issued: "2023-05-01"))
        #expect(neverReviewed.reviewDueOn == day("2024-04-30"))
        #expect(neverReviewed.status == .notCompleted)
        let lateInYear = try Self.row(PlanFixtures.plan(issued: "2023-05-01", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-01-20", decided: "2025-02-10"),
        ]))
        #expect(lateInYear.reviewDueOn == day("2024-04-30"))
        #expect(lateInYear.status == .completed)
        let doneLastYear = try Self.row(PlanFixtures.plan(issued: "2023-05-01", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2024-03-20", decided: "2024-04-10"),
        ]))
        #expect(doneLastYear.reviewDueOn == day("2025-04-09"), "the cycle concluded in 2024 is not 2025's")
        #expect(doneLastYear.status == .notCompleted)
    }

    @Test("census-date edges: a meeting or decision on the census date counts, the day after does not")
    func censusEdges() throws {
        let onCensus = try Self.row(PlanFixtures.plan(issued: "2024-12-01", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-11-20", decided: "2026-01-15", decision: .cease),
        ]))
        #expect(onCensus.reviewMeeting == day("2025-11-20"))
        #expect(onCensus.reviewOutcome == .cease)
        #expect(onCensus.lastReview == day("2026-01-15"))
        let dayAfter = try Self.row(PlanFixtures.plan(issued: "2024-12-01", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-11-20", decided: "2026-01-16", decision: .cease),
        ]))
        #expect(dayAfter.reviewMeeting == day("2025-11-20"))
        #expect(dayAfter.reviewOutcome == nil, "the decision came after the census date")
        #expect(dayAfter.lastReview == nil)
        let meetingOnCensus = try Self.row(PlanFixtures.plan(issued: "2025-02-01", reviews: [
            PlanFixtures.review(1, meeting: "2026-01-15"),
        ]))
        #expect(meetingOnCensus.reviewMeeting == day("2026-01-15"))
        let meetingAfter = try Self.row(PlanFixtures.plan(issued: "2025-02-01", reviews: [
            PlanFixtures.review(1, meeting: "2026-01-16"),
        ]))
        #expect(meetingAfter.reviewMeeting == nil)
    }

    @Test("5.4 reports the latest meeting, and 5.5 that meeting's decision even when an earlier review was decided")
    func latestMeeting() throws {
        let row = try Self.row(PlanFixtures.plan(issued: "2024-01-10", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2024-12-01", decided: "2024-12-20", decision: .amend),
            PlanFixtures.review(2, meeting: "2026-01-08", steps: [(.meetingHeld, "2026-01-08")]),
        ]))
        #expect(row.reviewMeeting == day("2026-01-08"))
        #expect(row.reviewOutcome == nil, "the latest meeting's decision is not issued yet")
        #expect(row.lastReview == day("2024-12-20"), "5.6 is the latest notice, whichever review")
    }

    @Test("cancelled meetings are ignored")
    func cancelledIgnored() throws {
        let plan = PlanFixtures.plan(issued: "2024-03-14", reviews: [
            PlanFixtures.concludedReview(1, meeting: "2025-02-20", decided: "2025-03-10"),
        ])
        let row = try Self.row(plan, cancelled: [(meeting: "2025-12-10", on: "2025-12-01")])
        #expect(row.reviewMeeting == day("2025-02-20"))
        #expect(row.reviewOutcome == .maintain)
    }

    @Test("a plan ceasing before its review fell due expected none; one ceasing after, unreviewed, is not completed")
    func ceased() throws {
        let before = try Self.row(PlanFixtures.plan(issued: "2024-09-01",
                                                    events: [PlanEvent(kind: .ceased, on: day("2025-05-01"))]))
        #expect(before.status == .notExpected)
        #expect(!before.activeOnCensusDate)
        #expect(before.ceasedOn == day("2025-05-01"))
        let after = try Self.row(PlanFixtures.plan(issued: "2024-09-01",
                                                   events: [PlanEvent(kind: .ceased, on: day("2025-10-01"))]))
        #expect(after.reviewDueOn == day("2025-08-31"))
        #expect(after.status == .notCompleted)
        let afterCensus = try Self.row(PlanFixtures.plan(issued: "2024-09-01",
                                                         events: [PlanEvent(kind: .ceased, on: day("2026-01-16"))]))
        #expect(afterCensus.activeOnCensusDate)
        let onCensus = try Self.row(PlanFixtures.plan(issued: "2024-09-01",
                                                      events: [PlanEvent(kind: .ceased, on: day("2026-01-15"))]))
        #expect(!onCensus.activeOnCensusDate, "a plan ceasing on the census date is no longer maintained")
    }

    @Test("the figures keep the DfE's identities over a mixed authority")
    func figures() throws {
        let plans: [PlanFacts] = [
            PlanFixtures.plan(issued: "2024-03-14", reviews: [
                PlanFixtures.concludedReview(1, meeting: "2025-02-20", decided: "2025-03-10", decision: .maintain)]),
            PlanFixtures.plan(issued: "2024-06-01", reviews: [
                PlanFixtures.concludedReview(2, meeting: "2025-04-01", decided: "2025-04-30", decision: .amend)]),
            PlanFixtures.plan(issued: "2024-05-01", reviews: [
                PlanFixtures.concludedReview(3, meeting: "2025-03-01", decided: "2025-03-20", decision: .cease)]),
            PlanFixtures.plan(issued: "2024-06-01", reviews: [
                PlanFixtures.concludedReview(4, meeting: "2024-11-10", decided: "2024-12-01", decision: .amend)]),
            PlanFixtures.plan(issued: "2024-02-01"),
            PlanFixtures.plan(issued: "2025-07-01"),
            PlanFixtures.plan(issued: "2026-01-05"),
        ]
        let rows = plans.compactMap { Self.sen2.row(for: Self.facts($0)) }
        let figures = SEN2ReviewFigures(rows: rows)
        #expect(figures.totalPlans == 6)
        #expect(figures.expected == 5 && figures.notExpected == 1)
        #expect(figures.completed == 3 && figures.completedPrior == 1 && figures.notCompleted == 1)
        #expect(figures.maintained == 1 && figures.amended == 1 && figures.ceased == 1 && figures.noOutcome == 0)
        #expect(figures.withinFourWeeks == 2 && figures.overFourWeeks == 1)
        #expect(figures.totalPlans == figures.expected + figures.notExpected)
        #expect(figures.expected == figures.completed + figures.completedPrior + figures.notCompleted)
        #expect(figures.completed == figures.amended + figures.ceased + figures.maintained + figures.noOutcome)
        #expect(figures.completed == figures.withinFourWeeks + figures.overFourWeeks)
    }

    @Test("a completed review whose notice matches no recorded decision counts as no outcome recorded")
    func noOutcome() throws {
        let facts = SEN2PlanFacts(reference: "X", child: "", firstIssuedOn: day("2024-03-01"), annualReviews: [
            .init(dueOn: day("2025-02-28"), concludedOn: day("2025-02-10")),
        ])
        let row = try #require(Self.sen2.row(for: facts))
        #expect(row.status == .completed && row.decision == nil && row.decisionWithinFourWeeks == nil)
        let figures = SEN2ReviewFigures(rows: [row])
        #expect(figures.noOutcome == 1 && figures.withinFourWeeks + figures.overFourWeeks == 0)
    }

    @Test("the outcome codes of item 5.5 are A, C and M")
    func outcomeCodes() {
        #expect(SEN2ReviewOutcome(.amend).rawValue == "A")
        #expect(SEN2ReviewOutcome(.cease).rawValue == "C")
        #expect(SEN2ReviewOutcome(.maintain).rawValue == "M")
    }
}
