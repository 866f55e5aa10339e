import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// The store's export reads against a small authority: the late list as export records, page after page
/// from one snapshot, and each plan's SEN2 facts.
@Suite("Store exports: late deadlines and SEN2 facts")
struct ExportTests {
    /// Adds a child (in Year 4 in 2026/27: no phase transfer near) and a plan first issued on `issued`, with
    /// the seeded caseworker as a contributor.
    static func plan(_ seeded: SeededStore, _ reference: String, issued: String?, given: String = "Bea",
                     family: String = "Cole", caseworker: Bool = true) async throws -> PlanID {
        let store = seeded.store
        let child = try await store.addChild(
            try NewChild(givenName: given, familyName: family, dateOfBirth: day("2017-05-10"), today: store.today),
            by: testAdmin)
        let plan = try await store.addPlan(try NewPlan(childID: child.id, reference: reference), by: testAdmin)
        if caseworker { try await store.addContributor(plan: plan.id, professional: seeded.caseworker.id, by: testAdmin) }
        if let issued { _ = try await store.recordEvent(plan.id, kind: .finalIssued, on: day(issued), by: testAdmin) }
        return plan.id
    }

    static func collect<Pages: AsyncSequence>(_ pages: Pages) async throws -> [Pages.Element] {
        var all: [Pages.Element] = []
        for try await page in pages { all.append(page) }
        return all
    }

    @Test("the late export lists what GET /v1/deadlines?state=late lists, in its order, whatever the page size")
    func lateMatchesTheList() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        // Three plans late by the same day (ties on due date across plans), one later, one without a caseworker.
        for reference in ["EHC-B", "EHC-A", "EHC-C"] { _ = try await Self.plan(seeded, reference, issued: "2025-03-14") }
        _ = try await Self.plan(seeded, "EHC-D", issued: "2025-06-01", given: "Ní", family: "Bhriain", caseworker: false)
        _ = try await Self.plan(seeded, "EHC-E", issued: "2026-06-01")
        let today = store.today
        let listed = try await store.lateDeadlines(asOf: today, limit: 1000)
        #expect(listed.count == 4)
        for pageSize in [1, 2, 3, 1000] {
            let pages = try await Self.collect(try await store.lateDeadlineExport(asOf: today, pageSize: pageSize))
            #expect(pages.allSatisfy { $0.count <= pageSize })
            let records = pages.flatMap { $0 }
            #expect(records.map(\.reference) == listed.map(\.reference), "page size \(pageSize)")
            #expect(records.map(\.dueOn) == listed.map(\.deadline.dueOn))
            #expect(records.map(\.daysLate) == listed.map(\.deadline.daysLate))
        }
        let records = try await Self.collect(try await store.lateDeadlineExport(asOf: today)).flatMap { $0 }
        #expect(records[0] == LateDeadlineRecord(reference: records[0].reference, child: "B. C.", rule: .annualReview,
                                                 dueOn: day("2026-03-13"), daysLate: 261, caseworker: "Cara Case",
                                                 source: "CFA 2014 s44(1); CoP 9.166, 9.169"))
        let last = try #require(records.last)
        #expect(last.reference == "EHC-D" && last.child == "N. B." && last.caseworker == nil)
        #expect(try await Self.collect(try await store.lateDeadlineExport(asOf: day("2026-03-13"))).isEmpty,
                "nothing is late on its due date")
    }

    @Test("the child is named in full only where the authority allows it")
    func fullNames() async throws {
        let seeded = try await SeededStore()
        _ = try await Self.plan(seeded, "EHC-A", issued: "2025-03-14", given: "Amira", family: "Begum")
        seeded.store.noticesUseFullNames = true
        let records = try await Self.collect(try await seeded.store.lateDeadlineExport(asOf: seeded.store.today))
        #expect(records.flatMap { $0 }.map(\.child) == ["Amira Begum"])
    }

    @Test("every page comes from the snapshot taken when the export began")
    func oneSnapshot() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        _ = try await Self.plan(seeded, "EHC-A", issued: "2025-03-14")
        let second = try await Self.plan(seeded, "EHC-B", issued: "2025-03-14")
        let late = try await store.lateDeadlineExport(asOf: store.today, pageSize: 1)
        var pages = late.makeAsyncIterator()
        let first = try #require(try await pages.next())
        // Meanwhile a third plan falls late and the second plan's review is concluded.
        _ = try await Self.plan(seeded, "EHC-C", issued: "2025-03-14")
        let review = try await store.scheduleReview(plan: second, meetingOn: day("2026-11-02"), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: day("2026-11-20"),
                                                                  decision: .maintain), by: testAdmin)
        var rest: [LateDeadlineRecord] = []
        while let page = try await pages.next() { rest += page }
        #expect((first + rest).map(\.reference) == ["EHC-A", "EHC-B"])
        #expect(try await store.lateDeadlines(asOf: store.today).map(\.reference).contains("EHC-C"), "the store moved on")
    }

    @Test("the SEN2 facts: dates, annual-review deadlines, meetings as held, decisions, cancellations")
    func sen2Facts() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        let clock = seeded.database.clock
        let reviewed = try await Self.plan(seeded, "EHC-A", issued: "2024-03-14", given: "Amira", family: "Begum")
        let review = try await store.scheduleReview(plan: reviewed, meetingOn: day("2025-02-20"), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2025-02-21")), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: day("2025-03-10"),
                                                                  decision: .amend), by: testAdmin)
        // A meeting booked on 1 November 2025 for 10 December and called off on 20 November.
        clock.set(ISO8601DateFormatter().date(from: "2025-11-01T10:00:00Z") ?? Date())
        let cancelled = try await store.scheduleReview(plan: reviewed, meetingOn: day("2025-12-10"), by: testAdmin)
        clock.set(ISO8601DateFormatter().date(from: "2025-11-20T10:00:00Z") ?? Date())
        _ = try await store.cancelReview(cancelled.id, by: testAdmin)
        clock.set(ISO8601DateFormatter().date(from: "2026-11-29T09:00:00Z") ?? Date())
        _ = try await Self.plan(seeded, "EHC-B", issued: "2025-07-01")
        _ = try await Self.plan(seeded, "EHC-C", issued: nil)

        let pages = try await Self.collect(try await store.sen2ReviewExport(pageSize: 1))
        #expect(pages.map { $0.map(\.reference) } == [["EHC-A"], ["EHC-B"]], "by reference; no plan without a final")
        let facts = try #require(pages.first?.first)
        #expect(facts.child == "A. B.")
        #expect(facts.firstIssuedOn == day("2024-03-14") && facts.ceasedOn == nil)
        #expect(facts.annualReviews == [
            SEN2PlanFacts.AnnualReview(dueOn: day("2025-03-13"), concludedOn: day("2025-03-10")),
            SEN2PlanFacts.AnnualReview(dueOn: day("2026-03-09"), concludedOn: nil),
        ])
        #expect(facts.reviews == [
            SEN2PlanFacts.Review(meetingOn: day("2025-02-21"), decisionOn: day("2025-03-10"), decision: .amend),
            SEN2PlanFacts.Review(meetingOn: day("2025-12-10"), cancelledOn: day("2025-11-20")),
        ])

        let sen2 = SEN2AnnualReviews(try SEN2ReviewYear(year: 2025))
        let rows = pages.flatMap { $0 }.compactMap(sen2.row(for:))
        #expect(rows.map(\.status) == [.completed, .notExpected])
        #expect(rows[0].reviewMeeting == day("2025-02-21"), "the cancelled December meeting is no meeting")
        #expect(rows[0].reviewOutcome == .amend && rows[0].lastReview == day("2025-03-10"))
        #expect(rows[0].decisionWithinFourWeeks == true)
    }
}
