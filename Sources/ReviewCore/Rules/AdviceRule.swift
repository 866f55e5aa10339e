/// `advice`: advice and information must be gathered from everyone invited and circulated at least two
/// weeks before the review meeting.
///
/// Source: SEND Regulations 2014 regs 20(4), 21(4). Done when the caseworker records that the advice was
/// circulated (`advice_circulated`; an `advice_received` with no professional, from earlier releases, counts
/// the same), or when every invitee's advice is in — on the date the last of it came.
public struct AdviceRule: DeadlineRule {
    public let id = RuleID.advice
    public let statutory = true
    public let source = "SEND Regs 2014 reg 20(4), 21(4)"

    public init() {}

    /// Two weeks before the meeting: the day advice is due, and the day the invitation asks for it by.
    public static func dueOn(meeting: CivilDate) -> CivilDate {
        meeting.adding(weeks: -weeksBeforeMeeting)
    }

    /// "at least two weeks before the meeting" (regs 20(4), 21(4)).
    public static let weeksBeforeMeeting = 2

    /// The earliest advice date of any meeting on or after `date` (a bound for the due-date index).
    public static func earliestDueOn(forMeetingsFrom date: CivilDate) -> CivilDate {
        dueOn(meeting: date)
    }

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        // An imported review's steps are unknown: not judged (ReviewFacts.imported). A meeting called off
        // keeps what was already owed for it, lapsed on the day.
        timeline.preparedMeetings.map { review in
            DeadlineDraft(rule: id, key: "\(id.rawValue)@review:\(review.id)", reviewID: review.id,
                          dueOn: Self.dueOn(meeting: review.effectiveMeetingOn), doneOn: Self.gathered(review),
                          lapsesOn: review.preparationEndsOn)
        }
    }

    /// The date all advice for `review` was in, if it is.
    static func gathered(_ review: ReviewFacts) -> CivilDate? {
        let advice = review.steps.filter { $0.step == .adviceReceived }
        let circulated = (advice.filter { $0.professionalID == nil } + review.steps.filter { $0.step == .adviceCirculated })
            .map(\.on).min()
        var lastNeeded: CivilDate?
        if !review.invitees.isEmpty {
            var perProfessional: [CivilDate] = []
            for invitee in review.invitees {
                guard let received = advice.filter({ $0.professionalID == invitee.professionalID }).map(\.on).min()
                else {
                    return circulated
                }
                perProfessional.append(received)
            }
            lastNeeded = perProfessional.max()
        }
        return [circulated, lastNeeded].compactMap { $0 }.min()
    }
}
