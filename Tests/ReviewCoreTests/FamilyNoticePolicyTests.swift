import ReviewCore
import ReviewTestSupport
import Testing

/// DESIGN §4 "Families": what the family is told — the invitation (Reg 20(2)(a), (3)), a request for views by
/// the advice date (Reg 19, 20(4)), the advice (Reg 20(4)), the report (Reg 20(7)), the decision (Reg 20(10)),
/// proposed amendments with the 15 days (Reg 22(2)), the amended plan (Reg 22(3)), a cease (Reg 31), and a
/// late step they wait on — once a week at most.
@Suite("FamilyNoticePolicy — what the family is told")
struct FamilyNoticePolicyTests {
    static let review = Review(id: ReviewID(3), planID: PlanID(1), meetingOn: day("2026-12-20"), sequence: 0,
                               invitees: [], steps: [])

    @Test("a booking: the invitation and the request for views by the advice date (two weeks before)")
    func booking() {
        let drafts = FamilyNoticePolicy.drafts(for: .reviewScheduled(ReviewID(3), meetingOn: day("2026-12-20")))
        #expect(drafts.map(\.kind) == [.familyInvitation, .familyViewsRequested])
        #expect(drafts.last?.viewsBy == day("2026-12-06"))
    }

    @Test("steps and events the family must be told of; the others tell them nothing")
    func steps() {
        func kinds(_ step: ReviewStepKind) -> [NoticeKind] {
            FamilyNoticePolicy.drafts(for: .reviewStep(ReviewStepRecord(step: step, on: day("2026-12-21"), decision: .amend),
                                                       review: Self.review)).map(\.kind)
        }
        #expect(kinds(.adviceCirculated) == [.familyAdviceCirculated])
        #expect(kinds(.reportSent) == [.familyReport])
        #expect(kinds(.decisionIssued) == [.familyDecision])
        #expect(kinds(.adviceReceived).isEmpty && kinds(.meetingHeld).isEmpty && kinds(.invitationsSent).isEmpty)
        let proposed = FamilyNoticePolicy.drafts(for: .planEvent(.amendmentProposed, on: day("2026-03-13"), version: 3))
        #expect(proposed.map(\.kind) == [.familyAmendmentProposed])
        #expect(proposed.first?.representationsEnd == day("2026-03-27"), "15 days starting with the notice")
        #expect(FamilyNoticePolicy.drafts(for: .planEvent(.amendedFinalIssued, on: day("2026-04-01"), version: 4)).map(\.kind)
                    == [.familyAmendedFinal])
        #expect(FamilyNoticePolicy.drafts(for: .planEvent(.ceased, on: day("2026-04-01"), version: nil)).map(\.kind) == [.familyCeased])
    }

    @Test("a late step the family waits on: one update, none if one went out in the last week; others none")
    func late() {
        func transition(_ rule: RuleID, _ state: DeadlineState = .late) -> NoticeCause {
            .transition(DeadlineTransition(planID: PlanID(1), key: "k", rule: rule, state: state, on: day("2026-11-29"),
                                           dueOn: day("2026-11-28"), reviewID: ReviewID(3)),
                        review: Self.review, today: day("2026-11-29"))
        }
        for rule in [RuleID.invitations, .report, .decision, .amendmentNotice, .amendedFinal] {
            #expect(FamilyNoticePolicy.drafts(for: transition(rule)).map(\.kind) == [.familyUpdate], "\(rule)")
            #expect(FamilyNoticePolicy.drafts(for: transition(rule), updatedInLastWeek: true).isEmpty, "\(rule)")
        }
        #expect(FamilyNoticePolicy.drafts(for: transition(.advice)).isEmpty, "professionals' advice: the caseworker's job")
        #expect(FamilyNoticePolicy.drafts(for: transition(.decision, .dueSoon)).isEmpty)
        // The views date coming near: a reminder, unless the views are in.
        let soon = NoticeCause.transition(DeadlineTransition(planID: PlanID(1), key: "v", rule: .views, state: .dueSoon,
                                                             on: day("2026-11-22"), dueOn: day("2026-12-06"), reviewID: ReviewID(3)),
                                          review: Self.review, today: day("2026-11-22"))
        #expect(FamilyNoticePolicy.drafts(for: soon).map(\.kind) == [.familyViewsReminder])
        var given = Self.review
        given.steps = [ReviewStepRecord(step: .viewsReceived, on: day("2026-11-20"), from: .parent)]
        let answered = NoticeCause.transition(DeadlineTransition(planID: PlanID(1), key: "v", rule: .views, state: .dueSoon,
                                                                 on: day("2026-11-22"), dueOn: day("2026-12-06"), reviewID: ReviewID(3)),
                                              review: given, today: day("2026-11-22"))
        #expect(FamilyNoticePolicy.drafts(for: answered).isEmpty)
    }
}
