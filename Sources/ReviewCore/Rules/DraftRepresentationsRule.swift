/// `representations` for a new plan: the draft gives the family at least 15 days, starting with the day it
/// is sent, to comment and to ask for a particular school or college; a final plan issued before then is a
/// breach.
///
/// Source: SEND Regulations 2014 reg 13(1). As for an amended plan (``RepresentationsRule``): a minimum
/// period (``DeadlineJudgement/notBefore``) whose `due_on` is the first day the final may be issued (the
/// draft + 15 days), shown once the final is issued — `done`, or `done_late` by the days it was cut short.
public struct DraftRepresentationsRule: AssessmentDeadlineRule {
    public let id = RuleID.representations
    public let statutory = true
    public let source = "SEND Regs 2014 reg 13(1)"
    public let judgement = DeadlineJudgement.notBefore

    public init() {}

    /// The first day the final plan may be issued after a draft sent on `draft`.
    public static func earliestFinal(draft: CivilDate) -> CivilDate {
        draft.adding(days: AmendedFinalRule.representationDays)
    }

    public func drafts(for facts: AssessmentFacts) -> [AssessmentDeadlineDraft] {
        guard let draft = facts.draftOn, let final = facts.finalOn else { return [] }
        return [AssessmentDeadlineDraft(
            draft: DeadlineDraft(rule: id, key: "\(id.rawValue)@draft", dueOn: Self.earliestFinal(draft: draft), doneOn: final),
            periodStart: draft)]
    }
}
