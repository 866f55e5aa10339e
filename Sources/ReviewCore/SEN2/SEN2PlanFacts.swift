/// What the SEN2 annual-review rules need to know about one plan, as the store reads it in bulk: its
/// dates, its annual-review deadlines and its reviews.
///
/// It exists so that ``SEN2AnnualReviews`` can be a pure function of facts, tested against the DfE's
/// definitions without a database, while the store fills it for 640,000 plans a page at a time.
public struct SEN2PlanFacts: Sendable, Hashable {
    /// One turn of the `annual_review` clock, as materialised (``AnnualReviewRule``): due 12 months
    /// starting with the first issue or the last decision, concluded by the next decision notice.
    public struct AnnualReview: Sendable, Hashable {
        public var dueOn: CivilDate
        /// The decision notice that concluded it, if one has.
        public var concludedOn: CivilDate?

        public init(dueOn: CivilDate, concludedOn: CivilDate?) {
            self.dueOn = dueOn
            self.concludedOn = concludedOn
        }
    }

    /// One review meeting of the plan.
    public struct Review: Sendable, Hashable {
        /// The day the meeting was held, or is scheduled for while it has not been recorded as held (the
        /// rules count from the same day: ``ReviewFacts/effectiveMeetingOn``).
        public var meetingOn: CivilDate
        /// The day it was called off; a cancelled meeting is no review meeting at all.
        public var cancelledOn: CivilDate?
        /// The day the decision notice was issued, if it was.
        public var decisionOn: CivilDate?
        public var decision: ReviewDecision?

        public init(meetingOn: CivilDate, cancelledOn: CivilDate? = nil, decisionOn: CivilDate? = nil,
                    decision: ReviewDecision? = nil) {
            self.meetingOn = meetingOn
            self.cancelledOn = cancelledOn
            self.decisionOn = decisionOn
            self.decision = decision
        }
    }

    public var reference: String
    /// The child's initials, or full name where the authority allows it (``ChildNaming``).
    public var child: String
    /// The first issue of the final plan; `nil` while only a draft exists.
    public var firstIssuedOn: CivilDate?
    public var ceasedOn: CivilDate?
    public var annualReviews: [AnnualReview]
    public var reviews: [Review]

    public init(reference: String, child: String, firstIssuedOn: CivilDate?, ceasedOn: CivilDate? = nil,
                annualReviews: [AnnualReview] = [], reviews: [Review] = []) {
        self.reference = reference
        self.child = child
        self.firstIssuedOn = firstIssuedOn
        self.ceasedOn = ceasedOn
        self.annualReviews = annualReviews
        self.reviews = reviews
    }
}
