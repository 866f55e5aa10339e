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
    func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft]
}
