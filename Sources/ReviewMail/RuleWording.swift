import ReviewCore

/// Each deadline rule of DESIGN §4 in plain words, for the caseworker's late-deadline notice: what was
/// due, what to do now, and the rule itself in one sentence. Whether a rule is a duty or guidance comes
/// from the rule in the core, so a guidance date is never worded as a breach, and every number of weeks
/// or months comes from the rule or from the settings in force, so a council that configures the
/// amendment notice at 3 weeks is never told 4.
struct RuleWording: Sendable, Hashable {
    /// "the review decision": what was due.
    let what: String
    /// "issue the decision": what the caseworker must do now.
    let action: String
    /// The rule in one sentence.
    let explanation: String
    /// A legal duty (`true`) or guidance.
    let statutory: Bool

    init(_ rule: RuleID, settings: RuleSettings) {
        statutory = DeadlineCalculator.rules.first { $0.id == rule }?.statutory
            ?? AssessmentDeadlineCalculator.rules.first { $0.id == rule }?.statutory ?? true
        switch rule {
        case .annualReview:
            what = "the annual review"
            action = "conclude the review and issue the decision notice"
            explanation = "The review must be concluded, with the decision notice issued, within 12 months of the "
                + "plan being first issued and then within 12 months of the last decision notice."
        case .invitations:
            what = "the invitations to the review meeting"
            action = "send the invitations"
            explanation = "Invitations to the review meeting must go to the family, the school or college, health "
                + "and social care and every contributor at least \(Self.weeks(InvitationsRule.weeksBeforeMeeting)) "
                + "before the meeting."
        case .advice:
            what = "the advice for the review meeting"
            action = "gather the advice and share it with everyone invited"
            explanation = "Advice and information from everyone invited must be gathered and shared at least "
                + "\(Self.weeks(AdviceRule.weeksBeforeMeeting)) before the meeting."
        case .report:
            what = "the review report"
            action = "send the report to everyone invited"
            explanation = "The report of the review meeting must be sent to everyone invited within "
                + "\(Self.weeks(ReportRule.weeksAfterMeeting)) after the meeting."
        case .decision:
            what = "the review decision"
            action = "decide whether to keep, amend or cease the plan and tell the family"
            explanation = "The authority must decide whether to keep, amend or cease the plan, and tell the family, "
                + "within \(Self.weeks(DecisionRule.weeksAfterMeeting)) after the meeting."
        case .amendmentNotice:
            what = "the notice of proposed amendments"
            action = "send the proposed amendments, the current plan and the evidence to the family"
            explanation = "When the plan is to be amended, the proposed amendments must be sent to the family with "
                + "the decision, within \(Self.weeks(settings.amendmentNoticeWeeks)) after the meeting."
        case .amendedFinal:
            what = "the amended plan"
            action = "issue the amended plan"
            explanation = "The amended plan must be issued within \(Self.weeks(AmendedFinalRule.weeksAfterNotice)) of the "
                + "notice of proposed amendments, after at least \(AmendedFinalRule.representationDays) days for the "
                + "family to comment."
        case .phaseTransfer:
            what = "the phase transfer review"
            action = "review and amend the plan for the next phase"
            explanation = "Before a move to the next phase of education the plan must be reviewed and amended: before "
                + "15 February of the year of the move, before 31 March for secondary school to post-16, and 5 "
                + "months before a move between post-16 institutions."
        case .underFiveReview:
            what = "the under-five review"
            action = "consider reviewing the plan"
            explanation = "For a child under five the plan should be reviewed every "
                + "\(settings.underFiveReviewMonths) months (the Code of Practice advises every 3 to 6). This is "
                + "guidance, not a statutory duty."
        case .preparationForAdulthood:
            what = "preparation for adulthood at the review"
            action = "make sure the review meeting considers preparation for adulthood, and record that it did"
            explanation = "From Year 9 every review must consider what will help the young person prepare for "
                + "adulthood: employment, independent living, friends and community, and good health."
        case .views:
            what = "the child's and the family's views for the review"
            action = "gather the views of the child and the family and share them with the advice"
            explanation = "The views, wishes and feelings of the child and the parent, or of the young person, must "
                + "be gathered with the advice, at least \(Self.weeks(AdviceRule.weeksBeforeMeeting)) before the meeting."
        case .specialistPathway:
            what = "the invitation to the specialist pathway team"
            action = "invite the adult specialist pathway team (adult social care) to the review"
            explanation = "From Year 9 the adult specialist pathway team should be invited to reviews, so that the "
                + "move to adult services is planned in time. This is good practice, not a statutory duty."
        case .representations:
            what = "the 15 days for the family's comments on the proposed amendments"
            action = "check why the amended plan was issued before the family's 15 days had passed"
            explanation = "The family must have at least \(AmendedFinalRule.representationDays) days, starting with "
                + "the day the proposed amendments were sent, to comment before the amended plan is issued."
        case .assessmentDecision:
            what = "the decision whether to assess"
            action = "decide whether to carry out the EHC needs assessment and tell the family"
            explanation = "The authority must decide whether to carry out an EHC needs assessment, and tell the "
                + "family, within \(Self.weeks(AssessmentDecisionRule.weeksAfterRequest)) of the request."
        case .assessmentAdvice:
            what = "advice for the EHC needs assessment"
            action = "send the advice and information asked for"
            explanation = "Everyone asked for advice for an EHC needs assessment must give it within "
                + "\(Self.weeks(AssessmentAdviceRule.weeksAfterAsking)) of being asked."
        case .notToIssueDecision:
            what = "the decision whether to issue a plan"
            action = "send the draft plan, or tell the family that no plan will be issued"
            explanation = "After an assessment, a decision not to issue a plan must reach the family within "
                + "\(Self.weeks(NotToIssueDecisionRule.weeksAfterRequest)) of the request."
        case .finalPlan:
            what = "the final EHC plan"
            action = "issue the final plan"
            explanation = "The final EHC plan must be issued within \(Self.weeks(FinalPlanRule.weeksAfterRequest)) of "
                + "the request for the assessment, after at least \(AmendedFinalRule.representationDays) days for the "
                + "family to comment on the draft."
        }
    }

    /// "2 weeks", "1 week".
    static func weeks(_ count: Int) -> String {
        count == 1 ? "1 week" : "\(count) weeks"
    }
}
