/// `decision`: the LA must decide whether to maintain, amend or cease the plan and notify the parent or
/// young person within four weeks after the review meeting — and never later than the annual-review date
/// the review must meet.
///
/// When the meeting itself is held after that annual-review date (the review is already late, and the
/// `annual_review` deadline says so), the cap cannot apply: the decision then gets its four weeks after the
/// meeting (DESIGN §4).
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

    /// `weeks` after the meeting, and never after the annual-review date the review must meet — unless the
    /// meeting itself came after that date, when the weeks apply in full. The decision and the amendment
    /// notice sent with it (``AmendmentNoticeRule``) share this.
    public static func dueOn(meeting: CivilDate, weeks: Int, annualDue: CivilDate?) -> CivilDate {
        let after = meeting.adding(weeks: weeks)
        guard let annualDue, meeting <= annualDue else { return after }
        return min(after, annualDue)
    }

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        timeline.reviews.map { review in
            // An imported review's annual-review date is unknown (the reviews before it were not imported):
            // only the four weeks apply.
            let annual = review.imported ? nil : timeline.annualDue(for: review)
            return DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                                 dueOn: Self.dueOn(meeting: review.effectiveMeetingOn, weeks: Self.weeksAfterMeeting,
                                                   annualDue: annual),
                                 doneOn: review.decisionOn)
        }
    }
}
