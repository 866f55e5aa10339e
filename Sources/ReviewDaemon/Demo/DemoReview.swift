import ReviewCore

/// One review of a demo plan as dates: the meeting and each step, with `nil` for what never happened.
///
/// The planner draws every date of a review at once, future ones included; the recorder then writes only
/// what has happened by today, so a review in progress simply stops at today (a step whose date has not
/// come is not late: every drawn date is on or before its deadline unless the scenario says otherwise).
struct DemoReview: Sendable, Hashable {
    /// The advice for the meeting (SEND Regs 2014 reg 20(4)).
    enum Advice: Sendable, Hashable {
        /// Gathered and circulated by the caseworker on that day (one step).
        case circulated(CivilDate)
        /// Sent one by one on that day by every invitee but the last `missing` who are not caseworkers, and
        /// not yet circulated: a professional still owes it.
        case partial(receivedOn: CivilDate, missing: Int)
        /// None recorded: the meeting was held without it (it lapsed), or it is not due yet.
        case none
    }

    var meetingOn: CivilDate
    var invitationsOn: CivilDate?
    var advice: Advice
    var viewsOn: CivilDate?
    var reportOn: CivilDate?
    var decision: ReviewDecision?
    var decidedOn: CivilDate?
    var amendmentNoticeOn: CivilDate?
    var amendedFinalOn: CivilDate?
}
