/// The two CSVs of `export sen2-reviews`: one record per plan, or the year's figures.
///
/// It exists so that the files' shape is fixed in one pure place. The per-plan file names the SEN2 items
/// after their tags (`review_meeting` is 5.4 `<ReviewMeeting>`, `review_outcome` 5.5 `<ReviewOutcome>`,
/// `last_review` 5.6 `<LastReview>`) and then says where the plan stands in the year's figures; the
/// figures file uses the DfE's published column names (``SEN2ReviewFigures``), with the year, the return
/// and the census date in front. Dates are `YYYY-MM-DD`; an empty field is "none".
public enum SEN2ReviewCSV {
    public static let planColumns = [
        "reference", "child", "first_issued_on", "ceased_on", "active_on_census_date",
        "review_meeting", "review_outcome", "last_review",
        "review_due_on", "review_status", "decided_on", "decision", "decision_within_4_weeks",
    ]

    public static let figureColumns = [
        "year", "sen2_return", "census_date", "total_ehc_plans", "review_expected", "review_not_expected",
        "review_completed", "review_completed_prior", "review_not_completed", "outcome_amended", "outcome_ceased",
        "outcome_maintained", "no_outcome_recorded", "decision_4_weeks", "decision_over_4_weeks",
    ]

    public static var planHeader: String { CSVText.record(planColumns) }

    /// One plan, CRLF-terminated.
    public static func record(_ row: SEN2PlanRow) -> String {
        CSVText.record([
            row.reference, row.child, row.firstIssuedOn.description, text(row.ceasedOn), yesNo(row.activeOnCensusDate),
            text(row.reviewMeeting), row.reviewOutcome?.rawValue ?? "", text(row.lastReview),
            text(row.reviewDueOn), row.status.rawValue, text(row.decidedOn), row.decision?.rawValue ?? "",
            row.decisionWithinFourWeeks.map(yesNo) ?? "",
        ])
    }

    /// The header and the one record of the year's figures.
    public static func figures(_ figures: SEN2ReviewFigures, year: SEN2ReviewYear) -> String {
        CSVText.record(figureColumns) + CSVText.record([
            year.year, year.returnYear,
        ].map(String.init) + [year.censusDate.description] + [
            figures.totalPlans, figures.expected, figures.notExpected, figures.completed, figures.completedPrior,
            figures.notCompleted, figures.amended, figures.ceased, figures.maintained, figures.noOutcome,
            figures.withinFourWeeks, figures.overFourWeeks,
        ].map(String.init))
    }

    private static func text(_ date: CivilDate?) -> String { date?.description ?? "" }
    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
