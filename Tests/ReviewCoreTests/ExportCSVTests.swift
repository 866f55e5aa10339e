import ReviewCore
import ReviewTestSupport
import Testing

/// The shapes of the export files: `export late` and the two of `export sen2-reviews`.
@Suite("Export CSV shapes")
struct ExportCSVTests {
    @Test("a late deadline: reference, child, rule, due date, days late, caseworker, legal source")
    func late() {
        #expect(LateDeadlineCSV.header == "reference,child,rule,due_on,days_late,caseworker,source\r\n")
        let record = LateDeadlineRecord(reference: "EHC-0001", child: "A. B.", rule: .annualReview,
                                        dueOn: day("2026-03-13"), daysLate: 261, caseworker: "Cara Case",
                                        source: "CFA 2014 s44(1); CoP 9.166, 9.169")
        #expect(LateDeadlineCSV.record(record)
                    == "EHC-0001,A. B.,annual_review,2026-03-13,261,Cara Case,\"CFA 2014 s44(1); CoP 9.166, 9.169\"\r\n")
        var none = record
        none.caseworker = nil
        none.reference = "=cmd"
        #expect(LateDeadlineCSV.record(none).hasPrefix("'=cmd,A. B.,annual_review,2026-03-13,261,,"))
    }

    @Test("a plan of the SEN2 export: items named after their tags, then the year's status")
    func sen2Plan() {
        #expect(SEN2ReviewCSV.planHeader == "reference,child,first_issued_on,ceased_on,active_on_census_date,"
                    + "review_meeting,review_outcome,last_review,review_due_on,review_status,decided_on,decision,"
                    + "decision_within_4_weeks\r\n")
        let row = SEN2PlanRow(reference: "EHC-1", child: "A. B.", firstIssuedOn: day("2024-03-14"), ceasedOn: nil,
                              activeOnCensusDate: true, reviewMeeting: day("2025-02-20"), reviewOutcome: .maintain,
                              lastReview: day("2025-03-10"), reviewDueOn: day("2025-03-13"), status: .completed,
                              decidedOn: day("2025-03-10"), decision: .maintain, decisionWithinFourWeeks: true)
        #expect(SEN2ReviewCSV.record(row)
                    == "EHC-1,A. B.,2024-03-14,,yes,2025-02-20,M,2025-03-10,2025-03-13,completed,2025-03-10,maintain,yes\r\n")
        let blank = SEN2PlanRow(reference: "EHC-2", child: "C. D.", firstIssuedOn: day("2025-07-01"),
                                ceasedOn: day("2025-12-01"), activeOnCensusDate: false, reviewMeeting: nil,
                                reviewOutcome: nil, lastReview: nil, reviewDueOn: nil, status: .notExpected,
                                decidedOn: nil, decision: nil, decisionWithinFourWeeks: nil)
        #expect(SEN2ReviewCSV.record(blank) == "EHC-2,C. D.,2025-07-01,2025-12-01,no,,,,,not_expected,,,\r\n")
    }

    @Test("the figures: the DfE's column names after the year, the return and the census date")
    func sen2Figures() throws {
        var figures = SEN2ReviewFigures()
        figures.totalPlans = 10
        figures.expected = 8
        figures.notExpected = 2
        figures.completed = 5
        figures.completedPrior = 1
        figures.notCompleted = 2
        figures.amended = 3
        figures.maintained = 2
        figures.withinFourWeeks = 4
        figures.overFourWeeks = 1
        let text = SEN2ReviewCSV.figures(figures, year: try SEN2ReviewYear(year: 2025))
        #expect(text == "year,sen2_return,census_date,total_ehc_plans,review_expected,review_not_expected,"
                    + "review_completed,review_completed_prior,review_not_completed,outcome_amended,outcome_ceased,"
                    + "outcome_maintained,no_outcome_recorded,decision_4_weeks,decision_over_4_weeks\r\n"
                    + "2025,2026,2026-01-15,10,8,2,5,1,2,3,0,2,0,4,1\r\n")
    }
}
