/// What the family is told, and when (DESIGN §4 "Families"; issue 15): the one place that turns a plan's
/// events, review steps and deadline transitions into the family's messages, as ``NoticePolicy`` does for
/// professionals.
///
/// - a meeting booked: the invitation (Reg 20(2)(a), (3)) and the request for the child's and the family's
///   views by the advice date (Reg 19, 20(4)); moved or called off: the change;
/// - the views date coming near: a reminder, unless their views are in;
/// - advice circulated (Reg 20(4)), the report (Reg 20(7)), the decision with the right of appeal (Reg 20(10));
/// - proposed amendments with the end of the 15 days (Reg 22(2)), the amended plan (Reg 22(3)), a cease (Reg 31);
/// - a step the family waits on turning late (the invitations, the report, the decision, the amendment
///   notice, the amended plan): what is late and since when — at most one such message a plan a week.
///
/// Pure: the store hands it the cause and whether an update went out in the last week, and writes what it
/// returns for each contact ``FamilyRecipients`` chooses.
public enum FamilyNoticePolicy {
    /// The steps a family waits on: when one turns late they are told.
    public static let stepsFamiliesWaitOn: Set<RuleID> = [.invitations, .report, .decision, .amendmentNotice, .amendedFinal]
    /// At most one "something is late" message a plan in this many days.
    public static let updateIntervalDays = 7

    public static func drafts(for cause: NoticeCause, updatedInLastWeek: Bool = false) -> [FamilyDraft] {
        switch cause {
        case .planEvent(let kind, let on, let version, _):
            switch kind {
            case .amendmentProposed:
                return [FamilyDraft(kind: .familyAmendmentProposed, on: on, planVersion: version,
                                    representationsEnd: AmendedFinalRule.representationsEnd(issuedOn: on))]
            case .amendedFinalIssued: return [FamilyDraft(kind: .familyAmendedFinal, on: on, planVersion: version)]
            case .ceased: return [FamilyDraft(kind: .familyCeased, on: on)]
            case .draftIssued, .finalIssued, .decidedNotToAmend: return []
            }
        case .contributorJoined:
            return []
        case .reviewScheduled(let review, let meetingOn, let details):
            let meeting = NoticeContent.Meeting(reviewId: review.rawValue, on: meetingOn, sequence: 0, details: details)
            return [FamilyDraft(kind: .familyInvitation, reviewID: review, meeting: meeting),
                    FamilyDraft(kind: .familyViewsRequested, reviewID: review, meeting: meeting,
                                viewsBy: AdviceRule.dueOn(meeting: meetingOn))]
        case .reviewMoved(let review, let meetingOn, let sequence, let details, let was):
            return [FamilyDraft(kind: .familyMeetingChanged, reviewID: review,
                                meeting: NoticeContent.Meeting(reviewId: review.rawValue, on: meetingOn, sequence: sequence,
                                                               details: details, was: was),
                                viewsBy: AdviceRule.dueOn(meeting: meetingOn))]
        case .reviewCancelled(let review, let meetingOn, let sequence):
            return [FamilyDraft(kind: .familyMeetingCancelled, reviewID: review,
                                meeting: NoticeContent.Meeting(reviewId: review.rawValue, on: meetingOn, sequence: sequence,
                                                               cancelled: true))]
        case .reviewStep(let step, let review):
            let meeting = NoticePolicy.meeting(of: review)
            switch step.step {
            case .adviceCirculated:
                return [FamilyDraft(kind: .familyAdviceCirculated, reviewID: review.id, on: step.on, meeting: meeting)]
            case .reportSent: return [FamilyDraft(kind: .familyReport, reviewID: review.id, on: step.on, meeting: meeting)]
            case .decisionIssued:
                return [FamilyDraft(kind: .familyDecision, reviewID: review.id, on: step.on, meeting: meeting,
                                    decision: step.decision)]
            case .invitationsSent, .adviceReceived, .viewsReceived, .meetingHeld: return []
            }
        case .transition(let transition, let review, let today):
            if transition.state == .dueSoon, transition.rule == .views, let review, transition.dueOn >= today,
               review.facts.firstDate(of: .viewsReceived) == nil {
                return [FamilyDraft(kind: .familyViewsReminder, reviewID: review.id, meeting: NoticePolicy.meeting(of: review),
                                    viewsBy: transition.dueOn)]
            }
            guard transition.state == .late, stepsFamiliesWaitOn.contains(transition.rule), !updatedInLastWeek else { return [] }
            return [FamilyDraft(kind: .familyUpdate, reviewID: transition.reviewID, on: transition.on,
                                late: NoticeContent.LateDeadline(rule: transition.rule, dueOn: transition.dueOn,
                                                                 source: transition.source))]
        }
    }
}
