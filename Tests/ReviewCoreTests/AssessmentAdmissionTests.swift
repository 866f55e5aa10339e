import ReviewCore
import ReviewTestSupport
import Testing

/// Issue 16 item 1: the steps of an assessment in the order SEND Regs 2014 Part 2 sets, each refusal naming
/// the field at fault and whether it is the input (400) or the record's state (409).
@Suite("Admission: an assessment's steps and exceptions")
struct AssessmentAdmissionTests {
    static let today = day("2026-06-30")

    static func refusal(_ step: AssessmentStepKind, on: String, professional: Int64? = nil,
                        after steps: [(AssessmentStepKind, String, Int64?)] = []) -> Refusal? {
        let record = AssessmentStepRecord(step: step, on: day(on), professionalID: professional.map { ProfessionalID($0) })
        do throws(Refusal) {
            try AssessmentStepAdmission.check(record, facts: assessment(steps), today: today)
            return nil
        } catch {
            return error
        }
    }

    @Test("the path of an assessment that ends in a plan is admitted step by step")
    func happyPath() {
        var steps: [(AssessmentStepKind, String, Int64?)] = []
        for (kind, on, professional) in [(AssessmentStepKind.decidedToAssess, "2026-02-10", nil as Int64?),
                                          (.adviceRequested, "2026-02-11", 7), (.adviceReceived, "2026-03-20", 7),
                                          (.draftIssued, "2026-04-20", nil), (.finalIssued, "2026-05-11", nil)] {
            #expect(Self.refusal(kind, on: on, professional: professional, after: steps) == nil, "\(kind.rawValue)")
            steps.append((kind, on, professional))
        }
    }

    @Test("out of order or twice: a conflict naming what is missing or already there", arguments: [
        (AssessmentStepKind.draftIssued, "2026-03-01", [] as [AssessmentStepKind], "needs the decision to assess first"),
        (.decidedNotToIssue, "2026-03-01", [], "needs the decision to assess first"),
        (.finalIssued, "2026-03-01", [.decidedToAssess], "needs the draft plan first"),
        (.refusedToAssess, "2026-03-01", [.decidedToAssess], "the decision to assess was recorded on"),
        (.decidedNotToIssue, "2026-04-01", [.decidedToAssess, .draftIssued], "the decision was to issue"),
        (.draftIssued, "2026-04-01", [.refusedToAssess], "the assessment ended on"),
        (.draftIssued, "2026-04-01", [.decidedToAssess, .draftIssued], "already recorded"),
    ])
    func conflicts(step: AssessmentStepKind, on: String, before: [AssessmentStepKind], says: String) {
        let refusal = Self.refusal(step, on: on, after: before.map { ($0, "2026-02-10", nil) })
        guard case .conflict(let error)? = refusal else {
            Issue.record("expected a conflict, got \(String(describing: refusal))")
            return
        }
        #expect(error.reason.contains(says), "\(error)")
    }

    @Test("bad input: the date and professional_id named")
    func invalid() {
        #expect(Self.refusal(.decidedToAssess, on: "2025-12-01")?.field.field == "on", "before the request")
        #expect(Self.refusal(.decidedToAssess, on: "2026-07-01")?.field.field == "on", "in the future")
        #expect(Self.refusal(.adviceRequested, on: "2026-03-01", after: [(.decidedToAssess, "2026-02-10", nil)])?.field.field
                == "professional_id")
        #expect(Self.refusal(.draftIssued, on: "2026-03-01", professional: 7, after: [(.decidedToAssess, "2026-02-10", nil)])?
                .field.field == "professional_id")
        #expect(Self.refusal(.adviceReceived, on: "2026-03-01", professional: 9, after: [(.decidedToAssess, "2026-02-10", nil)])?
                .field.field == "professional_id", "never asked")
    }

    @Test("exceptions: dates in order, a missed appointment names someone asked for advice")
    func exceptions() {
        let facts = assessment([(.decidedToAssess, "2026-02-10", nil), (.adviceRequested, "2026-02-11", 7)])
        func field(_ exception: NewAssessmentException) -> String? {
            do throws(Refusal) {
                try AssessmentExceptionAdmission.check(exception, facts: facts, today: Self.today)
                return nil
            } catch {
                return error.field.field
            }
        }
        #expect(field(NewAssessmentException(reason: .absentFromArea, from: day("2026-03-01"), to: day("2026-04-01"))) == nil)
        #expect(field(NewAssessmentException(reason: .absentFromArea, from: day("2025-12-01"))) == "from")
        #expect(field(NewAssessmentException(reason: .absentFromArea, from: day("2026-03-01"), to: day("2026-02-01"))) == "to")
        #expect(field(NewAssessmentException(reason: .missedAppointment, from: day("2026-03-01"))) == "professional_id")
        #expect(field(NewAssessmentException(reason: .missedAppointment, from: day("2026-03-01"),
                                             professionalID: ProfessionalID(7))) == nil)
        #expect(field(NewAssessmentException(reason: .schoolClosure, from: day("2026-03-01"),
                                             professionalID: ProfessionalID(7))) == "professional_id")
    }
}
