import ReviewCore
import ReviewTestSupport
import Testing

/// What may be recorded on a plan or a review, decided in the core, and whose fault a refusal is: the
/// input (400) or the record's state (409).
@Suite("Admission — which events, meetings and steps may be recorded")
struct AdmissionTests {
    static let today = day("2026-11-29")
    static let issued = Plan(id: PlanID(1), childID: ChildID(1), reference: "EHC-1", nextTransfer: nil,
                             firstIssuedOn: day("2025-03-14"), ceasedOn: nil)

    static func refusal(_ body: () throws(Refusal) -> Void) -> Refusal? {
        do { try body(); return nil } catch { return error }
    }

    @Test("plan events: plausible dates, nothing after a cease, one first issue (CFA 2014 s37; reg 31)")
    func planEvents() {
        #expect(Self.refusal { () throws(Refusal) in try PlanEventAdmission.check(.draftIssued, on: day("2026-01-01"), plan: Self.issued, today: Self.today) } == nil)
        #expect(Self.refusal { () throws(Refusal) in try PlanEventAdmission.check(.draftIssued, on: day("2026-12-01"), plan: Self.issued, today: Self.today) }?.field.field == "on")
        #expect(Self.refusal { () throws(Refusal) in try PlanEventAdmission.check(.finalIssued, on: day("2026-01-01"), plan: Self.issued, today: Self.today) }
                == .invalid(FieldError(field: "kind", reason: "the plan was first issued on 2025-03-14; record an amended_final_issued")))
        var ceased = Self.issued
        ceased.ceasedOn = day("2026-06-01")
        #expect(Self.refusal { () throws(Refusal) in try PlanEventAdmission.check(.amendmentProposed, on: day("2026-07-01"), plan: ceased, today: Self.today) }?.field.field == "kind")
    }

    @Test("meetings: only on an issued, open plan (409 otherwise); plausible days; not moved once held or cancelled")
    func meetings() {
        var draft = Self.issued
        draft.firstIssuedOn = nil
        guard case .conflict(let field)? = Self.refusal({ () throws(Refusal) in
            try MeetingAdmission.schedule(on: day("2026-12-10"), plan: draft, today: Self.today)
        }) else {
            Issue.record("a plan with no final is a conflict")
            return
        }
        #expect(field.field == "plan")
        #expect(Self.refusal { () throws(Refusal) in try MeetingAdmission.schedule(on: day("2025-01-01"), plan: Self.issued, today: Self.today) }?.field.field == "meeting_on")
        #expect(Self.refusal { () throws(Refusal) in try MeetingAdmission.schedule(on: day("2029-01-01"), plan: Self.issued, today: Self.today) }?.field.field == "meeting_on")
        #expect(Self.refusal { () throws(Refusal) in try MeetingAdmission.schedule(on: day("2026-12-10"), plan: Self.issued, today: Self.today) } == nil)

        let held = Review(id: ReviewID(1), planID: PlanID(1), meetingOn: day("2026-03-01"), sequence: 0, invitees: [],
                          steps: [ReviewStepRecord(step: .meetingHeld, on: day("2026-03-01"))])
        #expect(Self.refusal { () throws(Refusal) in try MeetingAdmission.move(held, to: day("2026-12-10"), today: Self.today) }?.field.field == "meeting_on")
        guard case .conflict? = Self.refusal({ () throws(Refusal) in
            try MeetingAdmission.cancel(held, on: Self.today, scheduledOn: day("2026-01-01"), today: Self.today)
        }) else {
            Issue.record("a held meeting cannot be called off: conflict")
            return
        }
        let booked = Review(id: ReviewID(2), planID: PlanID(1), meetingOn: day("2026-12-10"), sequence: 0, invitees: [], steps: [])
        #expect(Self.refusal { () throws(Refusal) in try MeetingAdmission.cancel(booked, on: day("2026-11-01"), scheduledOn: day("2026-11-20"), today: Self.today) }?.field.field == "on")
        #expect(Self.refusal { () throws(Refusal) in try MeetingAdmission.cancel(booked, on: Self.today, scheduledOn: day("2026-11-20"), today: Self.today) } == nil)
    }

    @Test("steps: decision with decision_issued only, a professional for advice and views only, each once, report after the meeting")
    func steps() {
        let review = Review(id: ReviewID(1), planID: PlanID(1), meetingOn: day("2026-03-01"), sequence: 0, invitees: [],
                            steps: [ReviewStepRecord(step: .meetingHeld, on: day("2026-03-02"))])
        func check(_ step: ReviewStepRecord) -> Refusal? {
            Self.refusal { () throws(Refusal) in try ReviewStepAdmission.check(step, review: review, today: Self.today) }
        }
        #expect(check(ReviewStepRecord(step: .decisionIssued, on: day("2026-03-10")))?.field.field == "decision")
        #expect(check(ReviewStepRecord(step: .reportSent, on: day("2026-03-10"), decision: .amend))?.field.field == "decision")
        #expect(check(ReviewStepRecord(step: .meetingHeld, on: day("2026-03-10"), professionalID: ProfessionalID(3)))?.field.field == "professional_id")
        #expect(check(ReviewStepRecord(step: .meetingHeld, on: day("2026-03-10"))) == .conflict(FieldError(field: "step", reason: "meeting_held was already recorded on 2026-03-02")))
        #expect(check(ReviewStepRecord(step: .reportSent, on: day("2026-03-01")))?.field.field == "on")
        #expect(check(ReviewStepRecord(step: .reportSent, on: day("2026-03-10"))) == nil)
        #expect(check(ReviewStepRecord(step: .adviceReceived, on: day("2026-02-01"), professionalID: ProfessionalID(3))) == nil)
    }
}
