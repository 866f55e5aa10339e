/// `preparation_for_adulthood`: from Year 9, every review must consider what provision will help the
/// young person prepare for adulthood and independent living, and the specialist pathway (adult social
/// care, Care Act 2014 s58) team is invited.
///
/// Source: SEND Regulations 2014 regs 20(6), 21(6); SEND Code of Practice 8.9. One deadline per review whose
/// meeting falls in Year 9 or later, due with the invitations (two weeks before the meeting), done when
/// invitations went out with a `specialist_pathway` professional among the invitees.
public struct PreparationForAdulthoodRule: DeadlineRule {
    public let id = RuleID.preparationForAdulthood
    public let statutory = true
    public let source = "SEND Regs 2014 reg 20(6), 21(6); CoP 8.9; Care Act 2014 s58"

    public init() {}

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        let child = timeline.facts.child
        return timeline.reviews
            .filter { !$0.imported && child.yearGroup(on: $0.effectiveMeetingOn) >= .year9 }
            .map { review in
                let pathwayInvited = review.invitees.contains { $0.role == .specialistPathway }
                return DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                                     dueOn: review.effectiveMeetingOn.adding(weeks: -2),
                                     doneOn: pathwayInvited ? review.firstDate(of: .invitationsSent) : nil)
            }
    }
}
