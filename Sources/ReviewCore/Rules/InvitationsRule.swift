/// `invitations`: invitations to the review meeting must go to the parent or young person, the setting,
/// the LA SEN officer, the health professional named by the ICB and LA social care at least two weeks
/// before the meeting. We invite every contributor of the plan.
///
/// Source: SEND Regulations 2014 regs 20(2)–(3), 21(2)–(3). A meeting scheduled less than two weeks
/// ahead is late from the day it is scheduled.
public struct InvitationsRule: DeadlineRule {
    public let id = RuleID.invitations
    public let statutory = true
    public let source = "SEND Regs 2014 reg 20(2)-(3), 21(2)-(3)"

    public init() {}

    /// Two weeks before the meeting.
    public static func dueOn(meeting: CivilDate) -> CivilDate {
        meeting.adding(weeks: -weeksBeforeMeeting)
    }

    /// "at least two weeks before the meeting" (regs 20(3), 21(3)).
    public static let weeksBeforeMeeting = 2

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        // An imported review's steps are unknown: not judged (ReviewFacts.imported). A meeting called off
        // keeps what was already owed for it, lapsed on the day.
        timeline.preparedMeetings.map { review in
            DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                          dueOn: Self.dueOn(meeting: review.effectiveMeetingOn),
                          doneOn: review.firstDate(of: .invitationsSent), lapsesOn: review.preparationEndsOn)
        }
    }
}
