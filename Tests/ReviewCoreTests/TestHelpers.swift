import ReviewCore
import ReviewTestSupport
import Testing

/// The deadlines of one rule for `facts`, judged on `asOf` by the calculator the daemon uses.
func deadlines(_ rule: RuleID, of facts: PlanFacts, asOf: String,
               settings: RuleSettings = .standard) -> [Deadline] {
    DeadlineCalculator(settings: settings).deadlines(for: facts, asOf: day(asOf)).rule(rule)
}

/// The one deadline of `rule`, failing the test when there is not exactly one.
func single(_ rule: RuleID, of facts: PlanFacts, asOf: String, settings: RuleSettings = .standard,
            sourceLocation: SourceLocation = #_sourceLocation) throws -> Deadline {
    let found = deadlines(rule, of: facts, asOf: asOf, settings: settings)
    try #require(found.count == 1, "expected one \(rule.rawValue) deadline, found \(found.count): \(found)",
                 sourceLocation: sourceLocation)
    return found[0]
}

/// Checks the API fields of a deadline in one line: due_on, done_on, state and days_late.
func check(_ deadline: Deadline, due: String, done: String? = nil, state: DeadlineState, daysLate: Int = 0,
           sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(deadline.dueOn == day(due), "due_on", sourceLocation: sourceLocation)
    #expect(deadline.doneOn == done.map { day($0) }, "done_on", sourceLocation: sourceLocation)
    #expect(deadline.state == state, "state", sourceLocation: sourceLocation)
    #expect(deadline.daysLate == daysLate, "days_late", sourceLocation: sourceLocation)
}

/// A step of a review done by one professional (advice from one invitee).
func step(_ kind: ReviewStepKind, on date: String, by professional: Int64) -> ReviewStepRecord {
    ReviewStepRecord(step: kind, on: day(date), professionalID: ProfessionalID(professional))
}

/// An invitee with the given id and role.
func invitee(_ id: Int64, _ role: ProfessionalRole) -> Invitee {
    Invitee(professionalID: ProfessionalID(id), role: role)
}
