/// One plan in the SEN2 annual-review export: the Module 5 items as at the census date, and where the plan
/// stands in the year's figures, so that every figure can be traced back to the plans behind it.
public struct SEN2PlanRow: Sendable, Hashable {
    /// Where a plan's annual review stands in the calendar year's figures.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// A review was expected in the year and its decision notice was issued in the year.
        case completed
        /// A review was expected in the year and its decision notice was issued before the year began (an
        /// early review, such as one brought forward for a phase transfer).
        case completedPrior = "completed_prior"
        /// A review was expected in the year and no decision notice was issued by its end.
        case notCompleted = "not_completed"
        /// No review was expected in the year (a plan first issued during it, say).
        case notExpected = "not_expected"
    }

    public var reference: String
    public var child: String
    public var firstIssuedOn: CivilDate
    public var ceasedOn: CivilDate?
    /// Whether the plan was still maintained on the census date (SEN2 Module 5 covers those plans).
    public var activeOnCensusDate: Bool

    /// Item 5.4 `<ReviewMeeting>`: the latest annual review meeting on or before the census date.
    public var reviewMeeting: CivilDate?
    /// Item 5.5 `<ReviewOutcome>`: the decision following that meeting, if issued by the census date.
    public var reviewOutcome: SEN2ReviewOutcome?
    /// Item 5.6 `<LastReview>`: the latest decision notice on or before the census date.
    public var lastReview: CivilDate?

    /// The review the year expected: its due date (the end of its 12-month period), if one was expected.
    public var reviewDueOn: CivilDate?
    public var status: Status
    /// The decision notice that completed the expected review (in the year, or before it).
    public var decidedOn: CivilDate?
    /// What that notice decided, if known.
    public var decision: ReviewDecision?
    /// For a review completed in the year: whether the notice came within 4 weeks of the meeting.
    public var decisionWithinFourWeeks: Bool?

    public init(reference: String, child: String, firstIssuedOn: CivilDate, ceasedOn: CivilDate?,
                activeOnCensusDate: Bool, reviewMeeting: CivilDate?, reviewOutcome: SEN2ReviewOutcome?,
                lastReview: CivilDate?, reviewDueOn: CivilDate?, status: Status, decidedOn: CivilDate?,
                decision: ReviewDecision?, decisionWithinFourWeeks: Bool?) {
        self.reference = reference
        self.child = child
        self.firstIssuedOn = firstIssuedOn
        self.ceasedOn = ceasedOn
        self.activeOnCensusDate = activeOnCensusDate
        self.reviewMeeting = reviewMeeting
        self.reviewOutcome = reviewOutcome
        self.lastReview = lastReview
        self.reviewDueOn = reviewDueOn
        self.status = status
        self.decidedOn = decidedOn
        self.decision = decision
        self.decisionWithinFourWeeks = decisionWithinFourWeeks
    }
}
