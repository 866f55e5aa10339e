import ReviewCore
import ReviewTestSupport
import Testing

/// Issue 7 item 3: an imported plan is judged as if the daemon had run all along — on what the import
/// knows. A CSV brings the first issue and the *last* review (meeting and decision); the reviews between
/// are unknown, so nothing due before that meeting is judged, and the imported review's invitations,
/// advice and report (not in the file) are not called late. From the last decision on, the statutory clock
/// runs as usual (CFA 2014 s44(1): 12 months starting with the last decision notice).
@Suite("Imported history: judged from the last known review on")
struct ImportedHistoryTests {
    let calculator = DeadlineCalculator()

    func imported(_ id: Int64, meeting: String, decided: String?) -> ReviewFacts {
        var steps = [ReviewStepRecord(step: .meetingHeld, on: day(meeting))]
        if let decided { steps.append(ReviewStepRecord(step: .decisionIssued, on: day(decided), decision: .maintain)) }
        return ReviewFacts(id: ReviewID(id), meetingOn: day(meeting), steps: steps, imported: true)
    }

    @Test("first issued 2019, last reviewed 2025: no 2020 review 'done 1,811 days late'; the next is due a year after the decision")
    func earlierCyclesUnknown() {
        let facts = PlanFixtures.plan(issued: "2019-06-18", born: "2012-05-10",
                                      reviews: [imported(1, meeting: "2025-05-12", decided: "2025-06-02")])
        let deadlines = calculator.deadlines(for: facts, asOf: day("2026-11-29"))
        #expect(deadlines.allSatisfy { $0.dueOn >= day("2025-05-12") })
        let annual = deadlines.rule(.annualReview)
        #expect(annual.map(\.dueOn) == [day("2026-06-01")])
        #expect(annual.first?.state == .late)
        // Decided three weeks after the meeting: within the four weeks (the unknown annual date is no cap).
        #expect(deadlines.rule(.decision).map(\.state) == [.done])
        #expect(deadlines.rule(.decision).map(\.dueOn) == [day("2025-06-09")])
    }

    @Test("an imported review's invitations, advice and report are not judged; a review recorded later is")
    func stepsOfImportedReviewNotJudged() {
        let later = PlanFixtures.review(2, meeting: "2026-05-20")
        let facts = PlanFixtures.plan(issued: "2019-06-18", born: "2012-05-10",
                                      reviews: [imported(1, meeting: "2025-05-12", decided: "2025-06-02"), later])
        let deadlines = calculator.deadlines(for: facts, asOf: day("2026-11-29"))
        for rule in [RuleID.invitations, .advice, .report] {
            #expect(deadlines.rule(rule).map(\.reviewID) == [ReviewID(2)], "\(rule)")
        }
    }

    @Test("a meeting with no decision in the file: the decision is due and late, nothing earlier is judged")
    func meetingWithoutDecision() {
        let facts = PlanFixtures.plan(issued: "2017-10-09", born: "2010-01-15",
                                      reviews: [imported(1, meeting: "2025-10-14", decided: nil)])
        let deadlines = calculator.deadlines(for: facts, asOf: day("2026-11-29"))
        #expect(!deadlines.contains { $0.dueOn < day("2025-10-14") })
        #expect(deadlines.rule(.decision).map(\.state) == [.late])
    }

    @Test("without an imported review, the whole history from the first issue is judged")
    func noImportedReview() {
        let facts = PlanFixtures.plan(issued: "2025-03-14", born: "2016-01-01")
        let annual = calculator.deadlines(for: facts, asOf: day("2026-11-29")).rule(.annualReview)
        #expect(annual.map(\.dueOn) == [day("2026-03-13")])
        #expect(annual.first?.daysLate == 261)
    }
}
