/// Whether a review meeting may be booked, moved or called off.
///
/// - Booked: only on a plan that has been issued and has not ceased, and that has no review open (booked,
///   not held, not cancelled: a second would send a second invitation with another UID — move the open one
///   instead) — each the state of the plan: a conflict; on a plausible day
///   (``PlausibleDates/meeting(_:field:today:)``) not before the plan was first issued.
/// - Moved, or its time or place changed: to a plausible day, unless the meeting was held or cancelled.
/// - Called off: unless it was held or already cancelled; on a day that has happened and not before the
///   day the meeting was booked here.
public enum MeetingAdmission {
    public static func schedule(on meetingOn: CivilDate, plan: Plan, reviews: [Review] = [], today: CivilDate)
        throws(Refusal) {
        guard let first = plan.firstIssuedOn else {
            throw .conflict("plan", "plan \(plan.reference) has no final issued yet")
        }
        if let ceased = plan.ceasedOn {
            throw .conflict("plan", "plan \(plan.reference) ceased on \(ceased)")
        }
        if let open = reviews.first(where: { $0.cancelledOn == nil && $0.facts.firstDate(of: .meetingHeld) == nil }) {
            throw .conflict("review", "review \(open.id) of plan \(plan.reference) is still open (meeting on \(open.meetingOn)): "
                                + "move it with PATCH /v1/reviews/\(open.id), or cancel it, instead of booking another")
        }
        do { try PlausibleDates.meeting(meetingOn, field: "meeting_on", today: today) } catch { throw .invalid(error) }
        guard meetingOn >= first else {
            throw .invalid("meeting_on", "\(meetingOn) is before the plan was first issued (\(first))")
        }
    }

    public static func move(_ review: Review, to meetingOn: CivilDate, today: CivilDate) throws(Refusal) {
        do { try PlausibleDates.meeting(meetingOn, field: "meeting_on", today: today) } catch { throw .invalid(error) }
        guard review.facts.firstDate(of: .meetingHeld) == nil else {
            throw .invalid("meeting_on", "the meeting was already held")
        }
        if let cancelled = review.cancelledOn {
            throw .conflict("review", "the meeting was cancelled on \(cancelled)")
        }
    }

    public static func cancel(_ review: Review, on cancelledOn: CivilDate, scheduledOn: CivilDate,
                              today: CivilDate) throws(Refusal) {
        if let cancelled = review.cancelledOn {
            throw .conflict("review", "the meeting was already cancelled on \(cancelled)")
        }
        if review.facts.firstDate(of: .meetingHeld) != nil {
            throw .conflict("review", "the meeting was held; it cannot be cancelled")
        }
        do { try PlausibleDates.happened(cancelledOn, field: "on", today: today) } catch { throw .invalid(error) }
        guard cancelledOn >= scheduledOn else {
            throw .invalid("on", "\(cancelledOn) is before the meeting was scheduled (\(scheduledOn))")
        }
    }
}
