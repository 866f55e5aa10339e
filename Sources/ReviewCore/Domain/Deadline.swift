/// One deadline of a plan on a given day, as the API and the digest show it.
///
/// `key` names the deadline stably across recalculations (`annual_review@2025-03-14`,
/// `report@review:12`), so that the daemon can record each state transition exactly once.
public struct Deadline: Sendable, Hashable, Codable {
    public var rule: RuleID
    public var key: String
    public var reviewID: ReviewID?
    public var dueOn: CivilDate
    public var doneOn: CivilDate?
    public var state: DeadlineState
    public var daysLate: Int
    public var statutory: Bool
    public var source: String
    /// Whose deadline it is, for one owed by a professional (an assessment's advice).
    public var professionalID: ProfessionalID?

    public init(rule: RuleID, key: String, reviewID: ReviewID?, dueOn: CivilDate, doneOn: CivilDate?,
                state: DeadlineState, daysLate: Int, statutory: Bool, source: String, professionalID: ProfessionalID? = nil) {
        self.professionalID = professionalID
        self.rule = rule
        self.key = key
        self.reviewID = reviewID
        self.dueOn = dueOn
        self.doneOn = doneOn
        self.state = state
        self.daysLate = daysLate
        self.statutory = statutory
        self.source = source
    }
}

/// A deadline before it is judged against a day: what a rule produces. The calculator adds the state.
public struct DeadlineDraft: Sendable, Hashable, Codable {
    public var rule: RuleID
    public var key: String
    public var reviewID: ReviewID?
    public var dueOn: CivilDate
    public var doneOn: CivilDate?
    /// The day it can no longer be met if it is not done by then (its meeting held, its review decided, the
    /// move it prepares for made): missed by then, it is `lapsed` (DESIGN §3).
    public var lapsesOn: CivilDate?

    public init(rule: RuleID, key: String, reviewID: ReviewID? = nil, dueOn: CivilDate, doneOn: CivilDate?,
                lapsesOn: CivilDate? = nil) {
        self.rule = rule
        self.key = key
        self.reviewID = reviewID
        self.dueOn = dueOn
        self.doneOn = doneOn
        self.lapsesOn = lapsesOn
    }
}
