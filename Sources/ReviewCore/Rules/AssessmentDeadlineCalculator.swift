/// Every deadline of an EHC needs assessment on a given day (DESIGN §4): runs each assessment rule over the
/// facts known that day, lapses what the assessment's end made undoable, disapplies what a recorded
/// exception covers, and judges the rest as ``DeadlineCalculator`` judges a plan's.
///
/// ```swift
/// let deadlines = AssessmentDeadlineCalculator().deadlines(for: facts, asOf: try CivilDate(iso: "2026-11-29"))
/// ```
///
/// A deadline an exception covers (``AssessmentException/covers(rule:professional:start:due:done:)``) is
/// `excepted` unless it was met in time anyway: it is never late, and the statutory figures count it apart.
public struct AssessmentDeadlineCalculator: Sendable {
    /// A rule's deadline before it is judged, with whose it is and whether an exception disapplies it.
    public struct Planned: Sendable, Hashable {
        public var planned: DeadlineCalculator.Planned
        public var professionalID: ProfessionalID?
        public var excepted: Bool

        public init(planned: DeadlineCalculator.Planned, professionalID: ProfessionalID?, excepted: Bool) {
            self.planned = planned
            self.professionalID = professionalID
            self.excepted = excepted
        }
    }

    public static let rules: [any AssessmentDeadlineRule] = [
        AssessmentDecisionRule(), AssessmentAdviceRule(), NotToIssueDecisionRule(), FinalPlanRule(),
        DraftRepresentationsRule(),
    ]

    public let settings: RuleSettings

    public init(settings: RuleSettings = .standard) {
        self.settings = settings
    }

    /// Every deadline of the assessment, judged on `asOf` from the facts known by then, earliest first.
    public func deadlines(for facts: AssessmentFacts, asOf: CivilDate) -> [Deadline] {
        planned(for: facts.known(asOf: asOf))
            .map { judge($0, asOf: asOf) }
            .sorted { ($0.dueOn, $0.rule.rawValue, $0.key) < ($1.dueOn, $1.rule.rawValue, $1.key) }
    }

    /// Every rule's deadlines from all the facts given, unjudged: what the store keeps.
    public func planned(for facts: AssessmentFacts) -> [Planned] {
        Self.rules.flatMap { rule in
            rule.drafts(for: facts).compactMap { draft -> Planned? in
                var planned = DeadlineCalculator.Planned(draft: draft.draft, statutory: rule.statutory, source: rule.source,
                                                         closedOn: nil, judgement: rule.judgement)
                if let lapse = draft.draft.lapsesOn, draft.draft.doneOn == nil {
                    guard let closed = DeadlineCalculator.lapsing(planned, on: lapse) else { return nil }
                    planned = closed
                }
                let metInTime = draft.draft.doneOn.map { $0 <= draft.draft.dueOn } ?? false
                let excepted = rule.judgement == .dueBy && !metInTime && facts.exceptions.contains {
                    $0.covers(rule: rule.id, professional: draft.professionalID, start: draft.periodStart,
                              due: draft.draft.dueOn, done: draft.draft.doneOn)
                }
                return Planned(planned: planned, professionalID: draft.professionalID, excepted: excepted)
            }
        }
    }

    /// Judges one planned deadline on `asOf`: as a plan's, unless an exception disapplies it.
    public func judge(_ planned: Planned, asOf: CivilDate) -> Deadline {
        var deadline = DeadlineCalculator(settings: settings).judge(planned.planned, asOf: asOf)
        deadline.professionalID = planned.professionalID
        if planned.excepted {
            deadline.state = .excepted
            deadline.daysLate = 0
        }
        return deadline
    }
}
