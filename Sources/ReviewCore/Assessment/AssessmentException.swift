/// Why a time limit of the assessment could not be kept (DESIGN §4 "Exceptions"; SEND Regs 2014 regs 5(4),
/// 8(2), 10(4), 13(3)). Nothing else stops the clock: a waiting list or a shortage of staff is no exception.
public enum AssessmentExceptionReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// Advice was asked of a school or college during a closure of 4 weeks or more (from a week before it
    /// closed to a week before it reopened): regs 5(4)(a), 10(4)(a), 13(3)(a).
    case schoolClosure = "school_closure"
    /// Exceptional personal circumstances affect the child or the parent, or the young person: regs 5(4)(b),
    /// 8(2)(a), 10(4)(b), 13(3)(b).
    case exceptionalPersonalCircumstances = "exceptional_personal_circumstances"
    /// The child or the parent, or the young person, away from the authority's area for 4 weeks or more:
    /// regs 5(4)(c), 8(2)(b), 10(4)(c), 13(3)(c).
    case absentFromArea = "absent_from_area"
    /// An appointment for an examination or test, made by the professional asked for advice within the six
    /// weeks, not kept: reg 8(2)(c) — our reading is that it disapplies that professional's advice only.
    case missedAppointment = "missed_appointment"

    /// The rules whose time limits this reason may disapply.
    public var disapplies: Set<RuleID> {
        switch self {
        case .missedAppointment: [.assessmentAdvice]
        default: [.assessmentDecision, .assessmentAdvice, .notToIssueDecision, .finalPlan]
        }
    }
}

/// A recorded exception: why, from when and, once known, until when. It disapplies the time limit of every
/// deadline of the assessment that the reason covers, whose period (from the request, or from asking a
/// professional, to its due date) overlaps the exception, and that was not already met before it began
/// (``AssessmentDeadlineCalculator``).
public struct AssessmentException: Sendable, Hashable, Codable {
    public var id: Int64
    public var reason: AssessmentExceptionReason
    public var from: CivilDate
    /// The last day it applied; open while `nil`.
    public var to: CivilDate?
    /// For `missed_appointment`: whose appointment; the exception covers that professional's advice only.
    public var professionalID: ProfessionalID?

    public init(id: Int64 = 0, reason: AssessmentExceptionReason, from: CivilDate, to: CivilDate? = nil,
                professionalID: ProfessionalID? = nil) {
        self.id = id
        self.reason = reason
        self.from = from
        self.to = to
        self.professionalID = professionalID
    }

    /// Whether the exception covers a deadline of `rule` (for `professional`, if an advice deadline) whose
    /// period runs from `start` to `due`, not met before the exception began.
    public func covers(rule: RuleID, professional: ProfessionalID?, start: CivilDate, due: CivilDate,
                       done: CivilDate?) -> Bool {
        guard reason.disapplies.contains(rule) else { return false }
        if reason == .missedAppointment, professionalID != professional { return false }
        if let done, done < from { return false }
        return from <= due && (to.map { $0 >= start } ?? true)
    }
}
