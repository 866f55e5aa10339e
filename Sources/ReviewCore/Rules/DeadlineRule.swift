/// One statutory (or guidance) rule of DESIGN §4: from a plan's facts to its dated deadlines.
///
/// Each rule is one type in one file, with a doc comment citing its source, and one test suite named
/// after its ``RuleID``. Rules never look at "today": ``DeadlineCalculator`` judges their drafts
/// against a day, so a rule cannot disagree with another about what "late" means.
public protocol DeadlineRule: Sendable {
    var id: RuleID { get }
    /// A legal duty (`true`) or guidance (`false`, never reported as a breach).
    var statutory: Bool { get }
    /// The legal source, as shown to caseworkers.
    var source: String { get }
    /// How its drafts are judged: a date to act by (almost every rule), or a period that must pass first.
    var judgement: DeadlineJudgement { get }
    func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft]
}

extension DeadlineRule {
    public var judgement: DeadlineJudgement { .dueBy }
}

/// How a rule's dates are judged.
public enum DeadlineJudgement: Sendable, Hashable, Codable {
    /// Something to do by `due_on`: late after it (``DeadlineState/of(due:done:asOf:statutory:dueSoonDays:)``).
    case dueBy
    /// A period that must pass before something may be done: done on or after `due_on` is `done`, before it
    /// a breach (`done_late`, by the days it came too soon); not done yet is `pending`, never late.
    case notBefore
}
