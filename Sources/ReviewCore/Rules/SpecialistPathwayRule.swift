/// `specialist_pathway`: from Year 9, the adult specialist pathway team (adult social care, Care Act 2014
/// s58) should be invited to the review, so that the move to adult services is planned in time. Good
/// practice, not a duty: `statutory: false`, never reported as a breach.
///
/// Source: Care Act 2014 s58; SEND Code of Practice 8.9. One per review whose meeting falls in Year 9 or
/// later, due with the invitations (two weeks before the meeting), done when the invitations went out with
/// a `specialist_pathway` professional among the invitees.
public struct SpecialistPathwayRule: DeadlineRule {
    public let id = RuleID.specialistPathway
    public let statutory = false
    public let source = "Care Act 2014 s58; CoP 8.9 (guidance)"

    public init() {}

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        let child = timeline.facts.child
        return timeline.reviews
            .filter { !$0.imported && child.yearGroup(on: $0.effectiveMeetingOn) >= .year9 }
            .map { review in
                let pathwayInvited = review.invitees.contains { $0.role == .specialistPathway }
                return DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                                     dueOn: InvitationsRule.dueOn(meeting: review.effectiveMeetingOn),
                                     doneOn: pathwayInvited ? review.firstDate(of: .invitationsSent) : nil,
                                     lapsesOn: review.firstDate(of: .meetingHeld))
            }
    }
}
