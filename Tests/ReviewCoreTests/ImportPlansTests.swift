import Foundation
import ReviewCore
import ReviewTestSupport
import Testing

@Suite("Import: plans files and the rules of a plan's history")
struct ImportPlansTests {
    @Test("every broken rule of every row is reported, on the column to fix")
    func history() throws {
        let items = ImportReader.items(kind: .plans, data: try importFixture("plans-history.csv"), today: importToday)
        #expect(items.problemLines == [
            "line 3, last_decision_on: is empty but last_decision is amend: give the date of the decision notice",
            "line 4, last_decision: is empty but last_decision_on is 10/02/2025: give the decision (maintain, amend or cease)",
            "line 4, last_review_meeting_on: is empty but the row has a decision: give the date of the review meeting it followed",
            "line 5, last_decision_on: 10/02/2025 is before last_review_meeting_on (20/03/2025): a decision follows its review meeting",
            "line 6, last_review_meeting_on: 20/01/2020 is before first_issued_on (03/02/2021): a review follows the plan's first issue",
            "line 7, amendment_notice_on: is filled in but last_decision is maintain: an amendment notice only follows the decision amend",
            "line 8, amendment_notice_on: 10/01/2025 is before last_review_meeting_on (20/01/2025): the notice follows the review meeting",
            "line 9, next_transfer_on: is empty but next_transfer_kind is Primary to secondary: give the date of the transfer",
            "line 10, first_issued_on: is empty but the row has review history (last_review_meeting_on, last_decision_on, "
                + "last_decision): give the date the plan was first issued",
            "line 11, last_decision: \"continue\" is not one of: maintain, amend, cease (spaces instead of underscores and any case are fine)",
            "line 12, last_review_meeting_on: 20/01/2027 is after today (2026-11-30): it must be a date that has passed",
            "line 13, reference: EHC-1 is also on line 2",
            "line 14, next_transfer_kind: \"Year 7 transfer\" is not one of: early_years_to_school, infant_to_junior, "
                + "primary_to_middle, primary_to_secondary, middle_to_secondary, secondary_to_post16, post16_move (spaces "
                + "instead of underscores and any case are fine)",
            "line 15, reference: is required and empty",
        ])
        #expect(items.rows == [
            .plan(PlanImportRow(line: 2, reference: "EHC-1", childRef: "C1", firstIssuedOn: day("2019-06-18"),
                                lastReviewMeetingOn: day("2025-05-12"), lastDecisionOn: day("2025-06-02"),
                                lastDecision: .maintain, amendmentNoticeOn: nil, nextTransfer: nil)),
            .plan(PlanImportRow(line: 16, reference: "EHC-15", childRef: "C15", firstIssuedOn: day("2021-02-03"),
                                lastReviewMeetingOn: day("2025-01-20"), lastDecisionOn: day("2025-02-10"),
                                lastDecision: .amend, amendmentNoticeOn: day("2025-02-10"),
                                nextTransfer: PhaseTransfer(kind: .secondaryToPost16, on: day("2027-09-01")))),
        ])
    }

    @Test("a bad date is reported once, not again by the rules that would compare it")
    func badDateOnce() {
        let items = importItems(.plans, "reference,child_ref,first_issued_on,last_review_meeting_on,last_decision_on,last_decision\n"
                                    + "EHC-1,C1,01/01/2020,31/02/2025,10/03/2025,maintain\n")
        #expect(items.problemLines == ["line 2, last_review_meeting_on: 31/02/2025 is not a day of the calendar"])
    }

    @Test("a plan not yet issued, and a meeting held with the decision still to come, are fine")
    func partialHistory() {
        let items = importItems(.plans, "reference,child_ref,first_issued_on,last_review_meeting_on\n"
                                    + "EHC-1,C1,,\nEHC-2,C2,01/01/2020,14/11/2026\n")
        #expect(items.problemLines == [])
        #expect(items.rowLines == [2, 3])
    }

    @Test("only the two required columns are needed in the header")
    func minimalHeader() {
        #expect(importItems(.plans, "child_ref,reference\nC1,EHC-1\n").rows == [
            .plan(PlanImportRow(line: 2, reference: "EHC-1", childRef: "C1", firstIssuedOn: nil, lastReviewMeetingOn: nil,
                                lastDecisionOn: nil, lastDecision: nil, amendmentNoticeOn: nil, nextTransfer: nil)),
        ])
    }

    @Test("amended_final_on: the amended plan after the notice; before it, or without one, is refused")
    func amendedFinal() {
        let header = "reference,child_ref,first_issued_on,last_review_meeting_on,last_decision_on,last_decision,"
            + "amendment_notice_on,amended_final_on\n"
        let items = importItems(.plans, header
            + "EHC-1,C1,03/02/2021,20/01/2025,10/02/2025,amend,10/02/2025,31/03/2025\n"
            + "EHC-2,C2,03/02/2021,20/01/2025,10/02/2025,amend,10/02/2025,01/02/2025\n"
            + "EHC-3,C3,03/02/2021,20/01/2025,10/02/2025,maintain,,31/03/2025\n")
        #expect(items.problemLines == [
            "line 3, amended_final_on: 01/02/2025 is before amendment_notice_on (10/02/2025): the amended plan follows the notice",
            "line 4, amended_final_on: is filled in but amendment_notice_on is empty: an amended plan follows the notice of "
                + "proposed amendments",
        ])
        #expect(items.rows == [
            .plan(PlanImportRow(line: 2, reference: "EHC-1", childRef: "C1", firstIssuedOn: day("2021-02-03"),
                                lastReviewMeetingOn: day("2025-01-20"), lastDecisionOn: day("2025-02-10"),
                                lastDecision: .amend, amendmentNoticeOn: day("2025-02-10"),
                                amendedFinalOn: day("2025-03-31"), nextTransfer: nil)),
        ])
    }

    @Test("current_document_id: a whole number from 1, only for a plan that has been issued")
    func currentDocumentID() {
        let items = importItems(.plans, "reference,child_ref,first_issued_on,current_document_id\n"
                                    + "EHC-1,C1,01/01/2020,7\nEHC-2,C2,01/01/2020,seven\nEHC-3,C3,,8\n")
        #expect(items.problemLines == [
            "line 3, current_document_id: \"seven\" is not an id (a whole number from 1)",
            "line 4, current_document_id: is filled in but first_issued_on is empty: a plan not yet issued has no version to attach a document to",
        ])
        #expect(items.rows.count == 1)
        if case .plan(let row)? = items.rows.first { #expect(row.currentDocumentID == 7) }
    }
}
