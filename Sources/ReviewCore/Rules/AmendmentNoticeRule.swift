/// `amendment_notice`: when the LA decides to amend after a review, the proposed amendments, a copy of
/// the current plan and the evidence must go to the parent or young person with the decision — within
/// four weeks after the meeting (configurable, ``RuleSettings/amendmentNoticeWeeks``), and, like the
/// decision, never after the annual-review date unless the meeting itself came after it.
///
/// Source: SEND Regulations 2014 reg 22(2); *R (L, M & P) v Devon CC* [2022] EWHC 493 (Admin), which held
/// that a decision to amend must come with the proposed amendments, not months after it. The deadline
/// exists once the decision is `amend`, or once amendments are proposed after the meeting; it is done by
/// the first `amendment_proposed` event between this meeting and the next.
public struct AmendmentNoticeRule: DeadlineRule {
    public let id = RuleID.amendmentNotice
    public let statutory = true
    public let source = "SEND Regs 2014 reg 22(2); R (L, M & P) v Devon CC [2022] EWHC 493 (Admin)"

    public init() {}

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        let proposals = timeline.facts.dates(of: .amendmentProposed)
        return timeline.reviews.compactMap { review in
            let meeting = review.effectiveMeetingOn
            let nextMeeting = timeline.review(after: review)?.effectiveMeetingOn
            let notice = proposals.first { $0.falls(onOrAfter: meeting, before: nextMeeting) }
            guard review.decision == .amend || notice != nil else { return nil }
            let annual = review.imported ? nil : timeline.annualDue(for: review)
            return DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                                 dueOn: DecisionRule.dueOn(meeting: meeting, weeks: settings.amendmentNoticeWeeks,
                                                           annualDue: annual),
                                 doneOn: notice)
        }
    }
}
