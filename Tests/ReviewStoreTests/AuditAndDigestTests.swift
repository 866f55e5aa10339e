import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

@Suite("The audit log and the digest runs")
struct AuditAndDigestTests {
    @Test("every write is audited with the caller's uid, name and route, newest first, without the child's name")
    func writesAreAudited() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let caseworker = AuditActor(uid: 1203, userName: "cara", via: "POST /v1/children")
        let child = try await store.addChild(
            try NewChild(givenName: "Amira", familyName: "Begum", dateOfBirth: day("2015-01-01"), today: store.today),
            by: caseworker)
        let planner = AuditActor(uid: 1204, userName: "dev", via: "POST /v1/plans")
        let plan = try await store.addPlan(try NewPlan(childID: child.id, reference: "EHC-9"), by: planner)
        _ = try await store.recordEvent(plan.id, kind: .finalIssued, on: day("2025-03-14"), by: planner)

        let entries = try await store.auditEntries()
        #expect(entries.map(\.action) == ["plan.event", "plan.add", "child.add"])
        #expect(entries.last?.actor == caseworker)
        #expect(entries.first?.actor.uid == 1204)
        #expect(entries.first?.at == database.clock.now())
        #expect(entries.allSatisfy { !$0.summary.contains("Amira") && !$0.summary.contains("Begum") })
        #expect(try await store.auditEntries(before: entries[1].id, limit: 5).map(\.action) == ["child.add"])
    }

    @Test("a refused write can be audited on its own")
    func appendAudit() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let reader = AuditActor(uid: 1500, userName: "reader", via: "POST /v1/plans")
        try await store.appendAudit(action: "denied", entity: "plan", summary: "write refused: not in ehc-review-admin", by: reader)
        #expect(try await store.auditEntries().first?.actor == reader)
    }

    @Test("the scheduled digest of a local date is recorded once, across restarts; extra runs do not count")
    func digestOncePerDate() async throws {
        let database = try TemporaryDatabase()
        let team = [try EmailAddress("sen-team@example.org")]
        do {
            let store = try database.open()
            _ = try await store.recordExtraDigest(for: day("2026-03-29"), recipients: team, by: testAdmin)
            #expect(try await store.recordScheduledDigest(for: day("2026-03-29"), recipients: team) != nil)
            #expect(try await store.recordScheduledDigest(for: day("2026-03-29"), recipients: team) == nil)
            try store.close()
        }
        let restarted = try database.open()
        #expect(try await restarted.recordScheduledDigest(for: day("2026-03-29"), recipients: team) == nil)
        #expect(try await restarted.recordScheduledDigest(for: day("2026-03-30"), recipients: team) != nil)
        #expect(try await restarted.lastDigest(kind: .scheduled)?.localDate == day("2026-03-30"))
        #expect(try await restarted.lastDigest(kind: .manual)?.localDate == day("2026-03-29"))
        #expect(try await restarted.lastScheduledDigestDate() == day("2026-03-30"))
        // Two scheduled and one extra, one team message each; nothing else was queued.
        #expect(try await restarted.notices().filter { $0.kind == .digest }.count == 3)
    }

    @Test("a run's report is kept 40 days, then cleared; its date stays recorded")
    func reportRetention() async throws {
        let database = try TemporaryDatabase(now: "2026-01-01T07:00:00Z")
        let store = try database.open()
        let team = [try EmailAddress("sen-team@example.org")]
        let old = try #require(try await store.recordScheduledDigest(for: day("2026-01-01"), recipients: team))
        database.clock.set(FakeClock(iso: "2026-02-09T07:00:00Z").now())
        _ = try await store.recordScheduledDigest(for: day("2026-02-09"), recipients: team)
        #expect(try await store.digestReport(run: old.run.id) == old.report, "39 days: kept")
        database.clock.set(FakeClock(iso: "2026-02-11T07:00:00Z").now())
        _ = try await store.recordScheduledDigest(for: day("2026-02-11"), recipients: team)
        await #expect(throws: DecodingError.self) { try await store.digestReport(run: old.run.id) }
        #expect(try await store.recordScheduledDigest(for: day("2026-01-01"), recipients: team) == nil,
                "the date is still recorded")
    }
}
