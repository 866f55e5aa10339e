/// `preparation_for_adulthood`: from Year 9, every review must consider what provision will help the
/// young person prepare for adulthood and independent living.
///
/// Source: SEND Regulations 2014 regs 20(6), 21(6); SEND Code of Practice 8.9. One deadline per review whose
/// meeting falls in Year 9 or later, due on the meeting and done when the meeting is recorded as having
/// considered it (`meeting_held` with `pfa_considered: true`). Before a meeting is booked, a plan whose
/// next review falls in Year 9 or later shows it already, due on the latest meeting date that still lets
/// the decision be on time (the annual-review date less four weeks), so that it is planned, not
/// discovered. Inviting the adult specialist pathway team is the separate guidance rule
/// ``SpecialistPathwayRule``.
public struct PreparationForAdulthoodRule: DeadlineRule {
    public let id = RuleID.preparationForAdulthood
    public let statutory = true
    public let source = "SEND Regs 2014 reg 20(6), 21(6); CoP 8.9"

    public init() {}

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        let child = timeline.facts.child
        var drafts = timeline.reviews
            .filter { !$0.imported && child.yearGroup(on: $0.effectiveMeetingOn) >= .year9 }
            .map { review in
                let considered = review.steps.first { $0.step == .meetingHeld && $0.pfaConsidered == true }
                return DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                                     dueOn: review.effectiveMeetingOn, doneOn: considered?.on)
            }
        // The next review, not yet booked: the open cycle without a review to conclude it.
        if timeline.facts.ceasedOn == nil, let open = timeline.cycles.last, open.concludedOn == nil,
           !timeline.reviews.contains(where: { $0.decisionOn == nil && $0.effectiveMeetingOn >= open.anchor }) {
            let latestMeeting = ReviewTimeline.annualDue(from: open.anchor).adding(weeks: -DecisionRule.weeksAfterMeeting)
            if child.yearGroup(on: latestMeeting) >= .year9 {
                drafts.append(DeadlineDraft(rule: id, key: "\(id.rawValue)@planned:\(open.anchor)", dueOn: latestMeeting,
                                            doneOn: nil))
            }
        }
        return drafts
    }
}
