/// Whether a step may be recorded on an EHC needs assessment, in the order the regulations set: on a day
/// that has happened, not before the request; nothing after the assessment has ended (refused, not to issue,
/// or the plan issued); the decision whether to assess once, one way; advice asked only once assessing
/// (reg 6(1)) and received only from someone asked; a decision not to issue, or a draft, only once
/// assessing, and not both; the final only after the draft (reg 13). `professional_id` goes with, and only
/// with, the advice steps.
public enum AssessmentStepAdmission {
    public static func check(_ step: AssessmentStepRecord, facts: AssessmentFacts, today: CivilDate) throws(Refusal) {
        do { try PlausibleDates.happened(step.on, field: "on", today: today) } catch { throw .invalid(error) }
        if step.on < facts.requestedOn {
            throw .invalid("on", "\(step.on) is before the request was received (\(facts.requestedOn))")
        }
        if step.step.isProfessionals, step.professionalID == nil {
            throw .invalid("professional_id", "is required with \(step.step.rawValue): whose advice")
        }
        if !step.step.isProfessionals, step.professionalID != nil {
            throw .invalid("professional_id", "is allowed only with advice_requested or advice_received")
        }
        if let ended = facts.outcome {
            throw .conflict("step", "the assessment ended on \(ended.on) (\(ended.outcome.rawValue)): nothing more can be recorded")
        }
        if let earlier = facts.steps.first(where: { $0.step == step.step && $0.professionalID == step.professionalID }) {
            throw .conflict("step", "\(step.step.rawValue) was already recorded on \(earlier.on)")
        }
        try checkOrder(step, facts: facts)
    }

    private static func checkOrder(_ step: AssessmentStepRecord, facts: AssessmentFacts) throws(Refusal) {
        let assessing = facts.decidedToAssessOn
        switch step.step {
        case .decidedToAssess, .refusedToAssess:
            if let decided = assessing { throw .conflict("step", "the decision to assess was recorded on \(decided)") }
        case .adviceRequested, .decidedNotToIssue, .draftIssued:
            guard let assessing else {
                throw .conflict("step", "\(step.step.rawValue) needs the decision to assess first (decided_to_assess)")
            }
            if step.on < assessing { throw .invalid("on", "\(step.on) is before the decision to assess (\(assessing))") }
            if step.step == .decidedNotToIssue, let draft = facts.draftOn {
                throw .conflict("step", "a draft plan was issued on \(draft): the decision was to issue")
            }
        case .adviceReceived:
            guard let asked = facts.steps.first(where: { $0.step == .adviceRequested && $0.professionalID == step.professionalID })
            else { throw .conflict("professional_id", "this professional was not asked for advice (advice_requested)") }
            if step.on < asked.on { throw .invalid("on", "\(step.on) is before the advice was asked for (\(asked.on))") }
        case .finalIssued:
            guard let draft = facts.draftOn else { throw .conflict("step", "final_issued needs the draft plan first (draft_issued)") }
            if step.on < draft { throw .invalid("on", "\(step.on) is before the draft was issued (\(draft))") }
        }
    }
}

/// Whether an exception may be recorded: its day not before the request nor more than a year ahead, its
/// last day not before its first, and a professional named with, and only with, a missed appointment —
/// someone asked for advice.
public enum AssessmentExceptionAdmission {
    public static func check(_ exception: NewAssessmentException, facts: AssessmentFacts, today: CivilDate) throws(Refusal) {
        if exception.from < facts.requestedOn {
            throw .invalid("from", "\(exception.from) is before the request was received (\(facts.requestedOn))")
        }
        if exception.from > today.adding(months: 12) {
            throw .invalid("from", "\(exception.from) is more than a year ahead")
        }
        if let to = exception.to, to < exception.from {
            throw .invalid("to", "\(to) is before from (\(exception.from))")
        }
        switch (exception.reason, exception.professionalID) {
        case (.missedAppointment, nil):
            throw .invalid("professional_id", "is required with missed_appointment: whose appointment was missed")
        case (.missedAppointment, let professional?):
            if !facts.adviceRequests.contains(where: { $0.professionalID == professional }) {
                throw .conflict("professional_id", "this professional was not asked for advice (advice_requested)")
            }
        case (_, .some):
            throw .invalid("professional_id", "is allowed only with missed_appointment")
        case (_, nil):
            break
        }
    }
}
