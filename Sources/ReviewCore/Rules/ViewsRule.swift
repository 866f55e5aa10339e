/// `views`: the child's and the family's views, wishes and feelings must be gathered for the review — the
/// parent or young person is an invitee, and their views are part of the advice and information gathered
/// and circulated at least two weeks before the meeting.
///
/// Source: SEND Regulations 2014 reg 19 (the views of the child and parent or young person), regs 20(2)(a),
/// 20(4), 21(4). One deadline per review, due with the advice, done by the first `views_received`.
public struct ViewsRule: DeadlineRule {
    public let id = RuleID.views
    public let statutory = true
    public let source = "SEND Regs 2014 reg 19, 20(2)(a), 20(4), 21(4)"

    public init() {}

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        // An imported review's steps are unknown: not judged (ReviewFacts.imported). A meeting called off
        // keeps what was already owed for it, lapsed on the day.
        timeline.preparedMeetings.map { review in
            DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                          dueOn: AdviceRule.dueOn(meeting: review.effectiveMeetingOn),
                          doneOn: review.firstDate(of: .viewsReceived), lapsesOn: review.preparationEndsOn)
        }
    }
}
