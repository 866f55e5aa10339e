import Foundation
import GRDB
import ReviewCore
@testable import ReviewStore
import ReviewTestSupport
import Testing

@Suite("Bad input surfaces as a typed error that names the field, and writes nothing")
struct ConstraintErrorTests {
    /// Inputs the core must refuse, each with the field it must name.
    enum BadInput: CaseIterable, Sendable {
        case headerInjectionInName, blankFamilyName, futureBirth, impossibleYearGroup, malformedEmail,
             headerInjectionInEmail, overlongReference

        var field: String {
            switch self {
            case .headerInjectionInName: return "given_name"
            case .blankFamilyName: return "family_name"
            case .futureBirth: return "date_of_birth"
            case .impossibleYearGroup: return "year_group"
            case .malformedEmail, .headerInjectionInEmail: return "email"
            case .overlongReference: return "reference"
            }
        }

        func attempt() throws {
            let today = day("2026-11-29")
            switch self {
            case .headerInjectionInName:
                _ = try NewChild(givenName: "Amy\r\nBcc: x@y.example", familyName: "B", dateOfBirth: day("2015-01-01"), today: today)
            case .blankFamilyName:
                _ = try NewChild(givenName: "Amy", familyName: "  ", dateOfBirth: day("2015-01-01"), today: today)
            case .futureBirth:
                _ = try NewChild(givenName: "Amy", familyName: "B", dateOfBirth: day("2026-11-30"), today: today)
            case .impossibleYearGroup:
                _ = try NewChild(givenName: "Amy", familyName: "B", dateOfBirth: day("2015-01-01"), yearGroup: YearGroup(40), today: today)
            case .malformedEmail:
                _ = try NewProfessional(name: "X", email: "not-an-address", role: .physiotherapist)
            case .headerInjectionInEmail:
                _ = try NewProfessional(name: "X", email: "a@b.example\nBcc: evil@x.example", role: .physiotherapist)
            case .overlongReference:
                _ = try NewPlan(childID: ChildID(1), reference: String(repeating: "R", count: 65))
            }
        }
    }

    @Test("the core refuses bad input before the database sees it", arguments: BadInput.allCases)
    func coreValidation(input: BadInput) {
        #expect { try input.attempt() } throws: { error in (error as? FieldError)?.field == input.field }
    }

    @Test("a CHECK constraint failure names its column", arguments: [
        ("date_of_birth", "INSERT INTO children (given_name, family_name, date_of_birth, created_at) VALUES ('A', 'B', '2026-02-30', '2026-01-01T00:00:00.000Z')"),
        ("year_group", "INSERT INTO children (given_name, family_name, date_of_birth, year_group, year_group_academic_year, created_at) VALUES ('A', 'B', '2016-02-03', 99, 2026, '2026-01-01T00:00:00.000Z')"),
        ("role", "INSERT INTO professionals (name, email, role, service, created_at, updated_at) VALUES ('A', 'a@b.example', 'wizard', 'health', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
        ("service", "INSERT INTO professionals (name, email, role, service, created_at, updated_at) VALUES ('A', 'a@b.example', 'other', 'police', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
        ("email", "INSERT INTO professionals (name, email, role, service, created_at, updated_at) VALUES ('A', 'a b@c.example', 'other', 'health', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
        ("state", "INSERT INTO notices (recipient, kind, state, next_attempt_at, created_at) VALUES ('a@b.example', 'digest', 'lost', NULL, '2026-01-01T00:00:00.000Z')"),
        ("kind", "INSERT INTO digest_runs (local_date, kind, started_at) VALUES ('2026-01-01', 'weekly', '2026-01-01T00:00:00.000Z')"),
        ("given_name", "INSERT INTO children (given_name, family_name, date_of_birth, created_at) VALUES (NULL, 'B', '2016-01-01', '2026-01-01T00:00:00.000Z')"),
    ])
    func checkConstraintsNameTheField(field: String, sql: String) async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let error = await storeError { try await store.write { db in try db.execute(sql: sql) } }
        #expect(error?.field == field, "got \(String(describing: error))")
        guard case .invalid = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
    }

    @Test("every Swift enum case is a value the schema accepts")
    func everyEnumCaseIsAccepted() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await store.write { db in
            let now = "2026-01-01T00:00:00.000Z"
            for (index, role) in ProfessionalRole.allCases.enumerated() {
                for service in ServiceArea.allCases {
                    try db.execute(sql: "INSERT INTO professionals (name, email, role, service, created_at, updated_at) VALUES ('P', ?, ?, ?, ?, ?)",
                                   arguments: ["p\(index)-\(service.rawValue)@x.example", role.rawValue, service.rawValue, now, now])
                }
            }
            try db.execute(sql: "INSERT INTO children (id, given_name, family_name, date_of_birth, created_at) VALUES (1, 'A', 'B', '2015-01-01', ?)", arguments: [now])
            for (index, kind) in PhaseTransferKind.allCases.enumerated() {
                try db.execute(sql: "INSERT INTO plans (child_id, reference, next_transfer_kind, next_transfer_on, created_at) VALUES (1, ?, ?, '2027-09-01', ?)",
                               arguments: ["R\(index)", kind.rawValue, now])
            }
            for kind in PlanEventKind.allCases {
                try db.execute(sql: "INSERT INTO plan_events (plan_id, kind, occurred_on, version, recorded_at) VALUES (1, ?, '2025-01-01', ?, ?)",
                               arguments: [kind.rawValue, kind.issuesVersion ? 1 + (PlanEventKind.allCases.firstIndex(of: kind) ?? 0) : nil, now])
            }
            try db.execute(sql: "INSERT INTO reviews (id, plan_id, meeting_on, scheduled_at) VALUES (1, 1, '2025-06-01', ?)", arguments: [now])
            for step in ReviewStepKind.allCases {
                try db.execute(sql: "INSERT INTO review_steps (review_id, step, occurred_on, decision, recorded_at) VALUES (1, ?, '2025-06-01', ?, ?)",
                               arguments: [step.rawValue, step == .decisionIssued ? "maintain" : nil, now])
            }
            for (index, decision) in ReviewDecision.allCases.enumerated() {
                try db.execute(sql: "INSERT INTO reviews (id, plan_id, meeting_on, scheduled_at) VALUES (?, 1, '2025-06-01', ?)", arguments: [10 + index, now])
                try db.execute(sql: "INSERT INTO review_steps (review_id, step, occurred_on, decision, recorded_at) VALUES (?, 'decision_issued', '2025-06-01', ?, ?)",
                               arguments: [10 + index, decision.rawValue, now])
            }
            for kind in NoticeKind.allCases {
                for state in NoticeState.allCases {
                    let due: String? = (state == .queued || state == .failed) ? now : nil
                    try db.execute(sql: "INSERT INTO notices (recipient, kind, state, next_attempt_at, sent_at, created_at) VALUES ('a@b.example', ?, ?, ?, ?, ?)",
                                   arguments: [kind.rawValue, state.rawValue, due, state == .sent ? now : nil, now])
                }
            }
            for rule in RuleID.allCases {
                try db.execute(sql: "INSERT INTO deadlines (plan_id, key, rule, due_on, statutory, source) VALUES (1, ?, ?, '2026-01-01', 1, 's')",
                               arguments: [rule.rawValue, rule.rawValue])
            }
            // A deadline lapses because of an event (a meeting held, a plan ceased), and is excepted because an
            // exception is recorded, not on a day of its own: `lapsed` and `excepted` are never recorded transitions.
            for state in DeadlineState.allCases where state != .lapsed && state != .excepted {
                try db.execute(sql: "INSERT INTO deadline_transitions (plan_id, key, state, occurred_on, recorded_at) VALUES (1, 'k', ?, '2026-01-01', ?)",
                               arguments: [state.rawValue, now])
            }
        }
        #expect(try await store.noticeCounts().values.reduce(0, +) == NoticeKind.allCases.count * NoticeState.allCases.count)
    }

    @Test("a plan reference already in use is a conflict on `reference`, and no second plan appears")
    func duplicateReference() async throws {
        let seeded = try await SeededStore()
        let error = await storeError {
            _ = try await seeded.store.addPlan(try NewPlan(childID: seeded.child.id, reference: "EHC-0001"), by: testAdmin)
        }
        #expect(error == .conflict(FieldError(field: "reference", reason: "is already in use")))
        #expect(try await seeded.store.plans().count == 1)
    }

    @Test("an email already known, in any case, is a conflict on `email`")
    func duplicateEmail() async throws {
        let seeded = try await SeededStore()
        let error = await storeError {
            _ = try await seeded.store.addProfessional(
                try NewProfessional(name: "Other Sam", email: "SAM.SPEECH@nhs.example", role: .other), by: testAdmin)
        }
        #expect(error?.field == "email")
        #expect(try await seeded.store.professionals().count == 3)
    }

    @Test("a plan for an unknown child is not found on `child_id`")
    func unknownChild() async throws {
        let seeded = try await SeededStore()
        let error = await storeError {
            _ = try await seeded.store.addPlan(try NewPlan(childID: ChildID(404), reference: "EHC-404"), by: testAdmin)
        }
        #expect(error == .notFound(entity: "child", id: 404, field: "child_id"))
    }

    @Test("review steps are checked: decision required, professional only on advice, once only, not in the future")
    func stepRules() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-02-20"), by: testAdmin)

        let missingDecision = await storeError {
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: day("2026-03-01")), by: testAdmin)
        }
        #expect(missingDecision?.field == "decision")
        let strayProfessional = await storeError {
            _ = try await store.recordStep(
                review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-02-20"), professionalID: seeded.therapist.id), by: testAdmin)
        }
        #expect(strayProfessional?.field == "professional_id")
        let unknownProfessional = await storeError {
            _ = try await store.recordStep(
                review.id, ReviewStepRecord(step: .adviceReceived, on: day("2026-02-01"), professionalID: ProfessionalID(77)), by: testAdmin)
        }
        #expect(unknownProfessional == .notFound(entity: "professional", id: 77, field: "professional_id"))
        let future = await storeError {
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-12-01")), by: testAdmin)
        }
        #expect(future?.field == "on")

        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-02-20")), by: testAdmin)
        let twice = await storeError {
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-02-21")), by: testAdmin)
        }
        #expect(twice?.field == "step")
        let reportBeforeMeeting = await storeError {
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .reportSent, on: day("2026-02-19")), by: testAdmin)
        }
        #expect(reportBeforeMeeting?.field == "on")
        #expect(try await store.review(review.id)?.steps.count == 1)
    }

    @Test("plan events are checked: one first final, nothing after cease, no future dates")
    func eventRules() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        let future = await storeError {
            _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2027-01-01"), by: testAdmin)
        }
        #expect(future?.field == "on")
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        let secondFinal = await storeError {
            _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-04-14"), by: testAdmin)
        }
        #expect(secondFinal?.field == "kind")
        _ = try await store.recordEvent(seeded.plan.id, kind: .ceased, on: day("2026-01-01"), by: testAdmin)
        let afterCease = await storeError {
            _ = try await store.recordEvent(seeded.plan.id, kind: .amendmentProposed, on: day("2026-02-01"), by: testAdmin)
        }
        #expect(afterCease?.field == "kind")
        #expect(try await store.events(plan: seeded.plan.id).count == 2)
    }

    @Test("a batch with one bad row writes none of its rows")
    func batchIsAllOrNothing() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let address = try EmailAddress("therapist@nhs.example")
        let good = NewNotice(planID: nil, professionalID: nil, recipient: address, kind: .digest)
        var bad = good
        bad.payload = "{not json"
        let error = await storeError { try await store.enqueue([good, good, bad]) }
        #expect(error?.field == "payload")
        #expect(try await store.notices().isEmpty)
    }
}
