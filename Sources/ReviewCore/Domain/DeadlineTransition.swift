/// A deadline reaching a new state on a local date: `late` the day after its due date, `due_soon` the
/// warning window before it. Recorded once; the notices and the digest are built from these.
public struct DeadlineTransition: Sendable, Hashable, Codable {
    public var planID: PlanID
    public var key: String
    public var rule: RuleID
    public var state: DeadlineState
    public var on: CivilDate
    public var dueOn: CivilDate
    public var reviewID: ReviewID?
    public var source: String

    public init(planID: PlanID, key: String, rule: RuleID, state: DeadlineState, on: CivilDate, dueOn: CivilDate,
                reviewID: ReviewID? = nil, source: String = "") {
        self.planID = planID
        self.key = key
        self.rule = rule
        self.state = state
        self.on = on
        self.dueOn = dueOn
        self.reviewID = reviewID
        self.source = source
    }
}
