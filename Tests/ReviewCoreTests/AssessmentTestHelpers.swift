import ReviewCore
import ReviewTestSupport
import Testing

/// An assessment of a Year 4 child requested on `requested` with the given steps and exceptions.
func assessment(requested: String = "2026-01-05", _ steps: [(AssessmentStepKind, String, Int64?)] = [],
                exceptions: [AssessmentException] = []) -> AssessmentFacts {
    AssessmentFacts(id: AssessmentID(1), child: ChildFacts(dateOfBirth: day("2017-03-14")), requestedOn: day(requested),
                    steps: steps.map { AssessmentStepRecord(step: $0.0, on: day($0.1), professionalID: $0.2.map { ProfessionalID($0) }) },
                    exceptions: exceptions)
}

/// The deadlines of one rule of `facts`, judged on `asOf`.
func deadlines(_ rule: RuleID, of facts: AssessmentFacts, asOf: String) -> [Deadline] {
    AssessmentDeadlineCalculator().deadlines(for: facts, asOf: day(asOf)).filter { $0.rule == rule }
}

/// The one deadline of `rule`, failing the test when there is not exactly one.
func single(_ rule: RuleID, of facts: AssessmentFacts, asOf: String,
            sourceLocation: SourceLocation = #_sourceLocation) throws -> Deadline {
    let found = deadlines(rule, of: facts, asOf: asOf)
    try #require(found.count == 1, "expected one \(rule.rawValue) deadline, found \(found.count): \(found)",
                 sourceLocation: sourceLocation)
    return found[0]
}
