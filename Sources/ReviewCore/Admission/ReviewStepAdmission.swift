/// Whether a step may be recorded on a review: not on a cancelled meeting; on a day that has happened;
/// `decision` with, and only with, `decision_issued`; `professional_id` only for the steps one professional
/// gives (advice, views); `from` only with `views_received`, `pfa_considered` only with `meeting_held`;
/// each step once (per professional and per source of views); the report and the decision not before the
/// meeting they follow (regs 20(7)–(10)).
public enum ReviewStepAdmission {
    public static func check(_ step: ReviewStepRecord, review: Review, today: CivilDate) throws(Refusal) {
        if let cancelled = review.cancelledOn {
            throw .conflict("review", "the meeting was cancelled on \(cancelled)")
        }
        do { try PlausibleDates.happened(step.on, field: "on", today: today) } catch { throw .invalid(error) }
        if step.step == .decisionIssued, step.decision == nil {
            throw .invalid("decision", "is required with decision_issued")
        }
        if step.step != .decisionIssued, step.decision != nil {
            throw .invalid("decision", "is allowed only with decision_issued")
        }
        if step.professionalID != nil, step.step != .adviceReceived, step.step != .viewsReceived {
            throw .invalid("professional_id", "is allowed only with advice_received or views_received")
        }
        if step.from != nil, step.step != .viewsReceived {
            throw .invalid("from", "is allowed only with views_received")
        }
        if step.pfaConsidered != nil, step.step != .meetingHeld {
            throw .invalid("pfa_considered", "is allowed only with meeting_held")
        }
        if let earlier = review.steps.first(where: {
            $0.step == step.step && $0.professionalID == step.professionalID && $0.from == step.from
        }) {
            throw .conflict("step", "\(step.step.rawValue) was already recorded on \(earlier.on)")
        }
        if step.step == .reportSent || step.step == .decisionIssued,
           let held = review.facts.firstDate(of: .meetingHeld), step.on < held
        {
            throw .invalid("on", "\(step.on) is before the meeting was held (\(held))")
        }
    }
}
