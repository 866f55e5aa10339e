/// The DfE's SEN2 return, Module 5 (annual reviews), read from a plan's facts: the per-plan items as at the
/// census date, and where the plan stands in the annual-review figures of a calendar year.
///
/// Sources. The DfE's guide to the person-level return (https://www.gov.uk/guidance/special-educational-needs-survey;
/// the 2025 guide is https://assets.publishing.service.gov.uk/media/675831b5f72b1d96e06bbfdf/SEN_survey_-_guide_to_person_level_SEN2_return_2025.pdf)
/// could not be read while this was written; its items are taken from Capita One's SEN2 tool, which
/// implements it (item 5.5: …/SEN2_Tool/Item_5.5_Annual_review_decision.htm, item 5.6:
/// …/SEN2_Tool/Item_5.6_EHC_Plan_Review_Decisions_Date.htm under
/// https://onepublications.com/oneeducation/mergedProjects/Statutory/), and the figures from the columns the
/// DfE publishes ("Number of annual reviews of EHC plans", see ``SEN2ReviewFigures``).
///
/// Per plan, as at the census date (``SEN2ReviewYear/censusDate``); cancelled meetings are no meetings:
/// - **5.4 `<ReviewMeeting>`**: the date of the latest annual review meeting on or before the census date —
///   the day it was held, or the day it is scheduled for while it has not been recorded as held, as the
///   deadline rules count.
/// - **5.5 `<ReviewOutcome>`**: the decision following that meeting, `A`/`C`/`M` (``SEN2ReviewOutcome``),
///   blank when no meeting is reported or its decision was not issued by the census date.
/// - **5.6 `<LastReview>`**: the date of the latest decision notice (maintain, amend or cease) on or before
///   the census date, whichever review it followed.
///
/// For the calendar year (``SEN2ReviewYear/start`` to ``SEN2ReviewYear/end``), read from the plan's
/// `annual_review` deadlines (CFA 2014 s44(1): 12 months starting with the first issue, then with each
/// decision notice):
/// - A plan counts if it was maintained at some time in the year: first issued by 31 December, not ceased
///   before 1 January.
/// - **Expected**: a review fell due in the year — or one that fell due earlier was still outstanding when
///   the year began (the duty does not lapse with the calendar). A review due in the year but left behind
///   because the plan ceased first is not expected (the duties ended with the plan). Where two fell due in
///   one year, the earlier counts: the plan is counted once.
/// - **Completed**: its decision notice was issued in the year. **Completed prior**: before the year (a
///   review brought forward). **Not completed**: no notice by 31 December.
/// - **Outcome** of a completed review: the decision of that notice. **Within 4 weeks**: the notice came at
///   most 28 days after the meeting (exactly 28 is within, 29 is over; SEND Regs 2014 reg 20(10), 21(10);
///   CoP 9.176).
///
/// ```swift
/// let sen2 = SEN2AnnualReviews(try SEN2ReviewYear(year: 2025))
/// let rows = plans.compactMap(sen2.row(for:))
/// let figures = SEN2ReviewFigures(rows: rows)
/// ```
public struct SEN2AnnualReviews: Sendable {
    /// Four weeks after the meeting, counted in days: the decision is late from the 29th.
    public static let decisionDays = 28

    public let year: SEN2ReviewYear

    public init(_ year: SEN2ReviewYear) {
        self.year = year
    }

    /// The plan's row, or `nil` when the plan was not maintained at any time in the year.
    public func row(for plan: SEN2PlanFacts) -> SEN2PlanRow? {
        guard let first = plan.firstIssuedOn, first <= year.end else { return nil }
        if let ceased = plan.ceasedOn, ceased < year.start { return nil }
        let reviews = plan.reviews.filter { $0.cancelledOn == nil }
        let census = year.censusDate
        let latestMeeting = reviews.filter { $0.meetingOn <= census }
            .max { ($0.meetingOn, $0.decisionOn ?? .earliest) < ($1.meetingOn, $1.decisionOn ?? .earliest) }
        let outcome = latestMeeting.flatMap { meeting -> SEN2ReviewOutcome? in
            guard let decided = meeting.decisionOn, decided <= census, let decision = meeting.decision else { return nil }
            return SEN2ReviewOutcome(decision)
        }
        let expected = expectedReview(plan)
        let status = expected.map(status(of:)) ?? .notExpected
        let decidedOn = status == .completed || status == .completedPrior ? expected?.concludedOn : nil
        let deciding = decidedOn.flatMap { day in
            reviews.filter { $0.decisionOn == day }.max { $0.meetingOn < $1.meetingOn }
        }
        let withinFourWeeks = status == .completed
            ? both(decidedOn, deciding).map { $0 <= $1.meetingOn.adding(days: Self.decisionDays) } : nil
        return SEN2PlanRow(
            reference: plan.reference, child: plan.child, firstIssuedOn: first, ceasedOn: plan.ceasedOn,
            activeOnCensusDate: plan.ceasedOn.map { $0 > census } ?? true,
            reviewMeeting: latestMeeting?.meetingOn, reviewOutcome: outcome,
            lastReview: reviews.compactMap(\.decisionOn).filter { $0 <= census }.max(),
            reviewDueOn: expected?.dueOn, status: status, decidedOn: decidedOn, decision: deciding?.decision,
            decisionWithinFourWeeks: withinFourWeeks)
    }

    /// The annual review the year expected: the earliest due by 31 December that was not both due and
    /// concluded before 1 January.
    func expectedReview(_ plan: SEN2PlanFacts) -> SEN2PlanFacts.AnnualReview? {
        plan.annualReviews.sorted { $0.dueOn < $1.dueOn }.first { review in
            guard review.dueOn <= year.end else { return false }
            guard review.dueOn < year.start else { return true }
            return review.concludedOn.map { $0 >= year.start } ?? true
        }
    }

    func status(of review: SEN2PlanFacts.AnnualReview) -> SEN2PlanRow.Status {
        guard let concluded = review.concludedOn, concluded <= year.end else { return .notCompleted }
        return concluded < year.start ? .completedPrior : .completed
    }
}

/// Both values, or `nil` if either is missing.
private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
