/// Who is told what, and with which facts: the one place that turns a plan's events, review steps and
/// deadline transitions into notices (DESIGN §1, §3 "Mail"; issue 5).
///
/// - every version of the plan and its cease go to every active contributor — therapists included,
///   though the law obliges the authority to send plans only to the family, the setting and the ICB;
/// - a professional who joins later gets the version in force;
/// - a meeting booked, moved or cancelled goes to every active contributor with its iCalendar facts; the
///   booking is also the request for advice, due two weeks before the meeting (reg 20(4));
/// - the report's circulation and the decision go to every active contributor;
/// - a statutory deadline turning late goes to the plan's SEN caseworkers;
/// - the advice deadline coming near (due soon) and passing (late) goes to each invitee who still owes
///   advice — as a reminder and as a "missed" notice; a reminder whose date has already passed when it is
///   processed (after downtime) is never sent, as the "missed" notice says what is needed;
/// - inactive professionals receive nothing.
///
/// Pure: the store hands it the plan's contributors and writes what it returns in the same transaction.
public enum NoticePolicy {
    public static func drafts(for cause: NoticeCause, contributors: [Professional]) -> [NoticeDraft] {
        let everyone = NoticeRecipients.everyone(contributors)
        switch cause {
        case .planEvent(let kind, let on, let version, let document):
            guard let noticeKind = NoticeKind(rawValue: kind.rawValue) else { return [] }
            return [NoticeDraft(kind: noticeKind, recipients: everyone, on: on, planVersion: version, document: document)]
        case .contributorJoined(let professional, let version, let issuedOn, let document):
            return [NoticeDraft(kind: .currentVersion, recipients: everyone.filter { $0.id == professional },
                                on: issuedOn, planVersion: version, document: document)]
        case .reviewScheduled(let review, let meetingOn, let details):
            return [NoticeDraft(kind: .reviewScheduled, recipients: everyone, reviewID: review,
                                meeting: NoticeContent.Meeting(reviewId: review.rawValue, on: meetingOn, sequence: 0,
                                                               details: details),
                                adviceDueOn: AdviceRule.dueOn(meeting: meetingOn))]
        case .reviewMoved(let review, let meetingOn, let sequence, let details, let was):
            return [NoticeDraft(kind: .reviewMoved, recipients: everyone, reviewID: review,
                                meeting: NoticeContent.Meeting(reviewId: review.rawValue, on: meetingOn, sequence: sequence,
                                                               details: details, was: was),
                                adviceDueOn: AdviceRule.dueOn(meeting: meetingOn))]
        case .reviewCancelled(let review, let meetingOn, let sequence):
            return [NoticeDraft(kind: .reviewCancelled, recipients: everyone, reviewID: review,
                                meeting: NoticeContent.Meeting(reviewId: review.rawValue, on: meetingOn, sequence: sequence,
                                                               cancelled: true))]
        case .reviewStep(let step, let review):
            let kind: NoticeKind
            switch step.step {
            case .reportSent: kind = .reportCirculated
            case .decisionIssued: kind = .decisionIssued
            case .invitationsSent, .adviceReceived, .adviceCirculated, .viewsReceived, .meetingHeld: return []
            }
            return [NoticeDraft(kind: kind, recipients: everyone, reviewID: review.id, on: step.on,
                                meeting: meeting(of: review), decision: step.decision)]
        case .transition(let transition, let review, let today):
            return transitionDrafts(transition, review: review, today: today, contributors: contributors)
        }
    }

    private static func transitionDrafts(_ transition: DeadlineTransition, review: Review?, today: CivilDate,
                                         contributors: [Professional]) -> [NoticeDraft] {
        var drafts: [NoticeDraft] = []
        if transition.state == .late {
            drafts.append(NoticeDraft(kind: .deadlineLate, recipients: NoticeRecipients.caseworkers(contributors),
                                      reviewID: transition.reviewID, on: transition.on,
                                      lateDeadline: NoticeContent.LateDeadline(rule: transition.rule, dueOn: transition.dueOn,
                                                                               source: transition.source)))
        }
        let staleReminder = transition.state == .dueSoon && transition.dueOn < today
        if transition.rule == .advice, let review, transition.state == .late || transition.state == .dueSoon, !staleReminder {
            drafts.append(NoticeDraft(kind: transition.state == .late ? .adviceMissed : .adviceReminder,
                                      recipients: NoticeRecipients.owingAdvice(review.facts, contributors: contributors),
                                      reviewID: review.id, meeting: meeting(of: review), adviceDueOn: transition.dueOn))
        }
        return drafts
    }

    /// The meeting as the invitation last described it.
    static func meeting(of review: Review) -> NoticeContent.Meeting {
        NoticeContent.Meeting(reviewId: review.id.rawValue, on: review.facts.effectiveMeetingOn, sequence: review.sequence,
                              details: review.details)
    }
}
