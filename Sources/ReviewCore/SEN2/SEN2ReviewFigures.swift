/// The DfE's annual-review figures of one calendar year, counted from the plans' rows.
///
/// The figures are the columns of the DfE's published "Number of annual reviews of EHC plans" (calendar
/// year 2025: https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/49159ef4-a116-47d7-9e16-61feb9981089)
/// and keep the identities its national rows satisfy (for children aged 10, for instance: 47,974 plans =
/// 37,622 expected + 10,352 not; 37,622 = 27,712 completed + 2,333 completed prior + 7,577 not completed;
/// 21,790 amended + 12 ceased + 4,587 maintained + 1,323 without an outcome = 27,712; 13,267 within 4 weeks
/// + 14,445 over = 27,712). How each plan is classed is ``SEN2AnnualReviews``'s.
public struct SEN2ReviewFigures: Sendable, Hashable {
    /// Plans maintained at some time in the year (`total_ehc_plans`).
    public var totalPlans = 0
    /// `review_expected`: plans whose annual review was expected in the year.
    public var expected = 0
    /// `review_not_expected`.
    public var notExpected = 0
    /// `review_completed`: expected, and the decision notice issued in the year.
    public var completed = 0
    /// `review_completed_prior`: expected, and the decision notice issued before the year.
    public var completedPrior = 0
    /// `review_not_completed`.
    public var notCompleted = 0
    /// `outcome_amended`, `outcome_ceased`, `outcome_maintained`: what the completed reviews decided.
    public var amended = 0
    public var ceased = 0
    public var maintained = 0
    /// `no_outcome_recorded`: completed, but no decision found with the notice (kept for the DfE's shape;
    /// the store always records one).
    public var noOutcome = 0
    /// `decision_4_weeks`, `decision_over_4_weeks`: completed reviews whose notice came within 4 weeks of
    /// the meeting, or later.
    public var withinFourWeeks = 0
    public var overFourWeeks = 0

    public init() {}

    public init<Rows: Sequence>(rows: Rows) where Rows.Element == SEN2PlanRow {
        for row in rows { add(row) }
    }

    /// Counts one plan.
    public mutating func add(_ row: SEN2PlanRow) {
        totalPlans += 1
        switch row.status {
        case .notExpected: notExpected += 1
        case .notCompleted: expected += 1; notCompleted += 1
        case .completedPrior: expected += 1; completedPrior += 1
        case .completed:
            expected += 1
            completed += 1
            switch row.decision {
            case .amend: amended += 1
            case .cease: ceased += 1
            case .maintain: maintained += 1
            case nil: noOutcome += 1
            }
            switch row.decisionWithinFourWeeks {
            case true: withinFourWeeks += 1
            case false: overFourWeeks += 1
            case nil: break
            }
        }
    }
}
