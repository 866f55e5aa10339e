import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 7 items 2 and 3 at the store: all or nothing, idempotent re-imports, exactly what changed
/// (audited), and imported history judged as if the daemon had run all along, without notices.
@Suite("Import into the store: all or nothing, upsert by key, history honoured")
struct ImportApplyTests {
    /// The test clock's day (TemporaryDatabase: 2026-11-29).
    static let today = day("2026-11-29")

    static func records(_ items: [ImportItem]) -> @Sendable () -> any IteratorProtocol<ImportItem> {
        { items.makeIterator() }
    }

    static func child(_ line: Int, _ ref: String, _ given: String = "Amira", born: String = "2014-05-10",
                      yearGroup: Int? = nil) -> ImportItem {
        .row(.child(ChildImportRow(line: line, childRef: ref, givenName: given, familyName: "Begum",
                                   dateOfBirth: day(born), yearGroup: yearGroup.map { YearGroup($0) })))
    }

    static func professional(_ line: Int, _ email: String, name: String = "Sam Speech",
                             role: ProfessionalRole = .speechAndLanguageTherapist) -> ImportItem {
        .row(.professional(ProfessionalImportRow(line: line, email: MailAddress.of(email), name: name, role: role,
                                                 service: role.usualService, active: true, dailyDigest: true)))
    }

    static func plan(_ line: Int, _ reference: String, child: String, first: String?, meeting: String? = nil,
                     decided: String? = nil, decision: ReviewDecision? = nil, notice: String? = nil,
                     amendedFinal: String? = nil) -> ImportItem {
        .row(.plan(PlanImportRow(line: line, reference: reference, childRef: child, firstIssuedOn: first.map(day),
                                 lastReviewMeetingOn: meeting.map(day), lastDecisionOn: decided.map(day),
                                 lastDecision: decision, amendmentNoticeOn: notice.map(day),
                                 amendedFinalOn: amendedFinal.map(day), nextTransfer: nil)))
    }

    static func contributor(_ line: Int, _ reference: String, _ email: String) -> ImportItem {
        .row(.contributor(ContributorImportRow(line: line, planReference: reference, professionalEmail: MailAddress.of(email))))
    }

    /// Children C1 and C2, a therapist, plans EHC-1 (reviewed, decision in time) and EHC-2 (never reviewed).
    static func importAuthority(_ store: ReviewStore) async throws {
        for (kind, items) in [
            (ImportKind.children, [child(2, "C1"), child(3, "C2", "Ben", born: "2016-01-01")]),
            (.professionals, [professional(2, "sam.speech@nhs.example")]),
            (.plans, [plan(2, "EHC-1", child: "C1", first: "2025-01-10", meeting: "2025-12-01", decided: "2025-12-20",
                           decision: .maintain),
                      plan(3, "EHC-2", child: "C2", first: "2025-03-14")]),
            (.contributors, [contributor(2, "EHC-1", "sam.speech@nhs.example")]),
        ] {
            let report = try await store.importRecords(kind: kind, dryRun: false, by: testAdmin, records: records(items))
            #expect(report.applied, "\(kind): \(report.problems)")
        }
    }

    @Test("an authority imports; the same files again change nothing; no notice is written")
    func importAndReimport() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await Self.importAuthority(store)
        #expect(try await store.planCount() == 2)
        #expect(try await store.notices().isEmpty, "an import records history: no notices")
        let again = try await store.importRecords(
            kind: .plans, dryRun: false, by: testAdmin,
            records: Self.records([Self.plan(2, "EHC-1", child: "C1", first: "2025-01-10", meeting: "2025-12-01",
                                             decided: "2025-12-20", decision: .maintain),
                                   Self.plan(3, "EHC-2", child: "C2", first: "2025-03-14")]))
        #expect(again.applied)
        #expect((again.created, again.updated, again.unchanged) == (0, 0, 2))
        let children = try await store.importRecords(kind: .children, dryRun: false, by: testAdmin,
                                                     records: Self.records([Self.child(2, "C1"), Self.child(3, "C2", "Ben", born: "2016-01-01")]))
        #expect((children.created, children.updated, children.unchanged) == (0, 0, 2))
    }

    @Test("imported history: a late annual review is late from its true date; the imported review's steps are not judged")
    func historyHonoured() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await Self.importAuthority(store)
        let plans = try await store.plans()
        let ehc1 = try #require(plans.first { $0.reference == "EHC-1" })
        let ehc2 = try #require(plans.first { $0.reference == "EHC-2" })
        let first = try await store.deadlines(plan: ehc1.id, asOf: Self.today)
        // 12 months starting with the decision of 20 December 2025: due 19 December 2026, not late.
        #expect(first.filter { $0.rule == .annualReview }.map(\.dueOn) == [day("2026-01-09"), day("2026-12-19")])
        #expect(first.first { $0.dueOn == day("2026-12-19") }?.state == .pending)
        #expect(first.first { $0.rule == .decision }?.state == .done)
        #expect(!first.contains { [.invitations, .advice, .report].contains($0.rule) },
                "the imported review's invitations, advice and report are unknown, so not judged")
        let second = try await store.deadlines(plan: ehc2.id, asOf: Self.today)
        let annual = try #require(second.first { $0.rule == .annualReview })
        #expect(annual.dueOn == day("2026-03-13"))
        #expect(annual.state == .late)
        #expect(annual.daysLate == 261)
        // The daemon's clock records what turns late from now on, not history: no "now late" flood.
        let recorded = try await store.processTransitions(through: Self.today)
        #expect(!recorded.contains { $0.planID == ehc2.id && $0.state == .late })
        #expect(try await store.notices().filter { $0.kind == .deadlineLate }.isEmpty)
    }

    @Test("an updated file changes exactly what changed, audited; dates of birth re-judge the plan")
    func updateExactly() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await Self.importAuthority(store)
        let report = try await store.importRecords(
            kind: .children, dryRun: false, by: testAdmin,
            records: Self.records([Self.child(2, "C1", "Amirah"), Self.child(3, "C2", "Ben", born: "2016-01-01")]))
        #expect((report.created, report.updated, report.unchanged) == (0, 1, 1))
        let audit = try await store.auditEntries(limit: 5)
        #expect(audit.map(\.action).prefix(2) == ["import.children", "child.update"])
        #expect(audit.first { $0.action == "child.update" }?.summary == "import changed given_name")
        #expect(!audit.contains { $0.summary.contains("Amirah") }, "the audit names fields, not the child")

        let plans = try await store.importRecords(
            kind: .plans, dryRun: false, by: testAdmin,
            records: Self.records([Self.plan(2, "EHC-1", child: "C1", first: "2025-01-10", meeting: "2025-12-01",
                                             decided: "2025-12-22", decision: .amend, notice: "2025-12-22"),
                                   Self.plan(3, "EHC-2", child: "C2", first: "2025-03-14")]))
        #expect((plans.created, plans.updated, plans.unchanged) == (0, 1, 1))
        #expect(try await store.auditEntries(limit: 3).contains {
            $0.action == "plan.update" && $0.summary == "import changed last_decision, amendment_notice_on of EHC-1"
        })
    }

    @Test("any bad row: nothing is written, and every bad row is listed with its line and column")
    func allOrNothing() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await Self.importAuthority(store)
        let report = try await store.importRecords(
            kind: .plans, dryRun: false, by: testAdmin,
            records: Self.records([
                Self.plan(2, "EHC-3", child: "C1", first: "2026-01-05"),
                Self.plan(3, "EHC-4", child: "NOPE", first: "2026-01-05"),
                .problems([ImportProblem(line: 4, column: "first_issued_on", reason: "31/02/2026 is not a day of the calendar")]),
                .problems([ImportProblem(line: 5, column: "reference", reason: "EHC-3 is also on line 2")]),
                Self.plan(6, "EHC-5", child: "C2", first: "2027-01-05"),
                Self.plan(7, "EHC-1", child: "C2", first: "2025-01-10"),
            ]))
        #expect(!report.applied)
        #expect(report.rows == 6)
        #expect(report.problems == [
            ImportProblem(line: 3, column: "child_ref", reason: "no child with child_ref NOPE: import the children first"),
            ImportProblem(line: 4, column: "first_issued_on", reason: "31/02/2026 is not a day of the calendar"),
            ImportProblem(line: 5, column: "reference", reason: "EHC-3 is also on line 2"),
            ImportProblem(line: 6, column: "first_issued_on", reason: "2027-01-05 is in the future"),
            ImportProblem(line: 7, column: "child_ref",
                          reason: "plan EHC-1 belongs to another child; a plan cannot move between children"),
        ])
        #expect(try await store.planCount() == 2, "EHC-3 on line 2 was fine, but nothing was written")
        #expect(try await store.auditEntries(limit: 1).first?.action == "import.contributors")
    }

    @Test("a dry run reports what a real run would do and writes nothing")
    func dryRun() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let items = [Self.child(2, "C1"), Self.child(3, "C2", "Ben", born: "2016-01-01")]
        let dry = try await store.importRecords(kind: .children, dryRun: true, by: testAdmin, records: Self.records(items))
        #expect(!dry.applied && dry.dryRun && dry.problems.isEmpty)
        #expect((dry.created, dry.rows) == (2, 2))
        #expect(try await store.auditEntries().isEmpty)
        let real = try await store.importRecords(kind: .children, dryRun: false, by: testAdmin, records: Self.records(items))
        #expect(real.applied && real.created == dry.created)
    }

    @Test("contributors need known plans and professionals; each missing one is named")
    func contributorsNeedKeys() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await Self.importAuthority(store)
        let report = try await store.importRecords(
            kind: .contributors, dryRun: false, by: testAdmin,
            records: Self.records([Self.contributor(2, "EHC-9", "who@nhs.example"),
                                   Self.contributor(3, "EHC-1", "sam.speech@nhs.example")]))
        #expect(report.problems.map(\.column) == ["plan_reference", "professional_email"])
        #expect(report.problems.allSatisfy { $0.line == 2 })
    }

    @Test("a meeting still to come is a scheduled review, judged step by step")
    func futureMeeting() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await Self.importAuthority(store)
        let report = try await store.importRecords(
            kind: .plans, dryRun: false, by: testAdmin,
            records: Self.records([Self.plan(2, "EHC-2", child: "C2", first: "2025-03-14", meeting: "2026-12-20")]))
        #expect(report.updated == 1)
        let plan = try #require(try await store.plans().first { $0.reference == "EHC-2" })
        let review = try #require(try await store.reviews(plan: plan.id).first)
        #expect(!review.imported)
        #expect(try await store.deadlines(plan: plan.id, asOf: Self.today).contains { $0.rule == .invitations })
    }

    @Test("an amendment notice without its amended plan is late 8 weeks on; with amended_final_on it is done")
    func amendedFinal() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        try await Self.importAuthority(store)
        let row = { (amended: String?) in
            Self.plan(2, "EHC-1", child: "C1", first: "2025-01-10", meeting: "2025-12-01", decided: "2025-12-20",
                      decision: .amend, notice: "2025-12-20", amendedFinal: amended)
        }
        _ = try await store.importRecords(kind: .plans, dryRun: false, by: testAdmin, records: Self.records([row(nil)]))
        let plan = try #require(try await store.plans().first { $0.reference == "EHC-1" })
        let pending = try await store.deadlines(plan: plan.id, asOf: Self.today).rule(.amendedFinal)
        #expect(pending.map(\.dueOn) == [day("2026-02-14")])
        #expect(pending.map(\.state) == [.late])
        let report = try await store.importRecords(kind: .plans, dryRun: false, by: testAdmin,
                                                   records: Self.records([row("2026-02-02")]))
        #expect(report.updated == 1)
        #expect(try await store.deadlines(plan: plan.id, asOf: Self.today).rule(.amendedFinal).map(\.state) == [.done])
    }
}

/// Email addresses for fixtures.
enum MailAddress {
    static func of(_ text: String) -> EmailAddress {
        do { return try EmailAddress(text) } catch { preconditionFailure("fixture address \(text)") }
    }
}
