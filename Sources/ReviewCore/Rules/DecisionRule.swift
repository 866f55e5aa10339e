/// `decision`: the LA must decide whether to maintain, amend or cease the plan and notify the parent or
/// young person within four weeks after the review meeting — and never later than the annual-review date
/// the review must meet.
///
/// When the meeting itself is held after that annual-review date (the review is already late, and the
/// `annual_review` deadline says so), the decision cannot be due before the meeting that informs it: it
/// is then due on the meeting day, the earliest date the cap allows.
///
/// For an imported review (``ReviewFacts/imported``) the annual-review date it had to meet is unknown, so
/// only the four weeks apply.
///
/// Source: SEND Regulations 2014 regs 20(10), 21(10); SEND Code of Practice 9.176; CFA 2014 s44(1)
/// for the cap.
public struct DecisionRule: DeadlineRule {
    public let id = RuleID.decision
    public let statutory = true
    public let source = "SEND Regs 2014 reg 20(10), 21(10); CoP 9.176"

    public init() {}

    /// "within four weeks of the meeting" (regs 20(10), 21(10)).
    public static let weeksAfterMeeting = 4

    /// The latest day of the four weeks after a meeting on `meeting` (before any cap by the annual date).
    public static func latestOn(meeting: CivilDate) -> CivilDate {
        meeting.adding(weeks: weeksAfterMeeting)
    }

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        timeline.reviews.map { review in
            let fourWeeks = Self.latestOn(meeting: review.effectiveMeetingOn)
            // An imported review's annual-review date is unknown (the reviews before it were not imported):
            // only the four weeks apply.
            let cap = review.imported ? nil : timeline.annualDue(for: review).map { max($0, review.effectiveMeetingOn) }
            let due = cap.map { min(fourWeeks, $0) } ?? fourWeeks
            return DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                                 dueOn: due, doneOn: review.decisionOn)
        }
    }
}
