import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 6 items 2 and 3: what the team's digest and each professional's own list say, read from a small
/// authority on 2026-11-29 (the test clock's day).
@Suite("Digest content: late, due soon, pathway gaps, advice owed, dead notices, personal lists")
struct DigestContentTests {
    static let today = day("2026-11-29")

    /// EHC-0001 (Year 10): final 2025-03-14, so its annual review was due 2026-03-13 and is late; a review
    /// meeting on 2026-12-10 with invitations and advice due 2026-11-26 (late), no specialist pathway.
    /// EHC-0002: the pathway professional and the caseworker, nothing due. EHC-0003: annual review due
    /// 2026-12-04 (soon), no contributors. One queued and one dead notice.
    struct Authority {
        let seeded: SeededStore
        let optedOut: Professional
        let inactive: Professional
        var store: ReviewStore { seeded.store }

        init() async throws {
            seeded = try await SeededStore()
            let store = seeded.store
            optedOut = try await store.addProfessional(
                try NewProfessional(name: "Olu Occupational", email: "olu@nhs.example", role: .occupationalTherapist,
                                    dailyDigest: false), by: testAdmin)
            inactive = try await store.addProfessional(
                try NewProfessional(name: "Ivy Inactive", email: "ivy@nhs.example", role: .physiotherapist, active: false),
                by: testAdmin)
            let a = seeded.plan.id
            for professional in [seeded.therapist, seeded.caseworker, optedOut, inactive] {
                try await store.addContributor(plan: a, professional: professional.id, by: testAdmin, notify: false)
            }
            _ = try await store.recordEvent(a, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin, notify: false)
            _ = try await store.scheduleReview(plan: a, meetingOn: day("2026-12-10"), by: testAdmin, notify: false)

            let ben = try await store.addChild(
                try NewChild(givenName: "Ben", familyName: "Okafor", dateOfBirth: day("2016-01-01"), today: DigestContentTests.today),
                by: testAdmin)
            let b = try await store.addPlan(try NewPlan(childID: ben.id, reference: "EHC-0002"), by: testAdmin)
            for professional in [seeded.pathway, seeded.caseworker] {
                try await store.addContributor(plan: b.id, professional: professional.id, by: testAdmin, notify: false)
            }
            _ = try await store.recordEvent(b.id, kind: .finalIssued, on: day("2026-06-01"), by: testAdmin, notify: false)
            let cy = try await store.addChild(
                try NewChild(givenName: "Cy", familyName: "Dee", dateOfBirth: day("2016-02-02"), today: DigestContentTests.today),
                by: testAdmin)
            let c = try await store.addPlan(try NewPlan(childID: cy.id, reference: "EHC-0003"), by: testAdmin)
            _ = try await store.recordEvent(c.id, kind: .finalIssued, on: day("2025-12-05"), by: testAdmin, notify: false)

            let address = try EmailAddress("gone@school.example")
            let ids = try await store.enqueue([
                NewNotice(planID: a, professionalID: nil, recipient: address, kind: .finalIssued),
                NewNotice(planID: a, professionalID: nil, recipient: address, kind: .draftIssued),
            ])
            _ = try await store.claimDueNotices(now: seeded.database.clock.now(), limit: 1)
            try await store.markDead(ids[0], error: "550 5.1.1 mailbox unknown")
        }
    }

    @Test("the counts and the late list agree with the deadlines, most late first, with the caseworker")
    func lateAndCounts() async throws {
        let authority = try await Authority()
        let report = try await authority.store.digestReport(for: Self.today)
        #expect(report.date == Self.today)
        // Most late first; those due the same day in a stable order (by rule key).
        #expect(report.late.map(\.rule) == [.annualReview, .advice, .invitations, .views])
        #expect(report.late.allSatisfy { $0.planReference == "EHC-0001" && $0.childLabel == "A. B." })
        #expect(report.late.allSatisfy { $0.caseworker == "Cara Case" })
        #expect(report.late.first?.dueOn == day("2026-03-13"))
        #expect(report.late.first?.daysLate == 261)
        #expect(report.late.dropFirst().allSatisfy { $0.dueOn == day("2026-11-26") && $0.daysLate == 3 })
        // The same late deadlines as GET /v1/deadlines?state=late.
        let listed = try await authority.store.lateDeadlines(asOf: Self.today)
        #expect(Set(listed.map(\.deadline.rule)) == Set(report.late.map(\.rule)))
        #expect(report.counts == DigestReport.Counts(lateReviews: 1, lateSteps: 3, dueSoon: 2, undelivered: 2, dead: 1))
    }

    @Test("due soon covers the 14 days starting with the digest's date, and nothing later")
    func dueSoon() async throws {
        let authority = try await Authority()
        let report = try await authority.store.digestReport(for: Self.today)
        // EHC-0003's annual review (4 December), then EHC-0001's meeting (10 December), which must consider
        // preparation for adulthood (Year 10). Its meeting comes after its annual date, so its decision gets
        // four weeks (7 January 2027, DESIGN §4): not due soon.
        #expect(report.dueSoon.map(\.planReference) == ["EHC-0003", "EHC-0001"])
        #expect(report.dueSoon.map(\.rule) == [.annualReview, .preparationForAdulthood])
        #expect(report.dueSoon.map(\.dueOn) == [day("2026-12-04"), day("2026-12-10")])
        #expect(report.dueSoon.allSatisfy { $0.daysLate == 0 })
        #expect(report.dueSoon.first?.caseworker == nil)
        // On 2026-11-20 the 4 December review is 15 days away: outside the window; on the 21st, the 14th day.
        let earlier = try await authority.store.digestReport(for: day("2026-11-20")).dueSoon
        #expect(!earlier.contains { $0.planReference == "EHC-0003" })
        let inWindow = try await authority.store.digestReport(for: day("2026-11-21")).dueSoon
        #expect(inWindow.contains { $0.planReference == "EHC-0003" })
    }

    @Test("a Year 9+ review with no specialist pathway contributor is listed; a plan with one is not")
    func pathwayGaps() async throws {
        let authority = try await Authority()
        let report = try await authority.store.digestReport(for: Self.today)
        #expect(report.pathwayGaps == [DigestReport.PathwayGap(planReference: "EHC-0001", childLabel: "A. B.",
                                                                meetingOn: day("2026-12-10"), caseworker: "Cara Case")])
        try await authority.store.addContributor(plan: authority.seeded.plan.id, professional: authority.seeded.pathway.id,
                                                 by: testAdmin, notify: false)
        #expect(try await authority.store.digestReport(for: Self.today).pathwayGaps.isEmpty)
    }

    @Test("advice owed is grouped per service and professional; the inactive owe nothing; given advice drops off")
    func adviceOwed() async throws {
        let authority = try await Authority()
        let store = authority.store
        let owed = try await store.digestReport(for: Self.today).adviceOwed
        #expect(owed.map(\.professional) == ["Cara Case", "Olu Occupational", "Sam Speech"])
        #expect(owed.map(\.service) == [.education, .health, .health])
        #expect(owed.allSatisfy { $0.reviews == 1 && $0.late == 1 && $0.earliestDueOn == day("2026-11-26") })
        let review = try #require(try await store.reviews(plan: authority.seeded.plan.id).first)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .adviceReceived, on: day("2026-11-28"),
                                                                   professionalID: authority.seeded.therapist.id),
                                       by: testAdmin, notify: false)
        #expect(try await store.digestReport(for: Self.today).adviceOwed.map(\.professional) == ["Cara Case", "Olu Occupational"])
        // After the meeting, advice can no longer inform it: nothing is listed as owed.
        #expect(try await store.digestReport(for: day("2026-12-11")).adviceOwed.isEmpty)
    }

    @Test("dead notices carry the recipient's domain only, and the last error")
    func deadNotices() async throws {
        let authority = try await Authority()
        let dead = try await authority.store.digestReport(for: Self.today).deadNotices
        #expect(dead.count == 1)
        #expect(dead.first?.recipientDomain == "school.example")
        #expect(dead.first?.error == "550 5.1.1 mailbox unknown")
        #expect(dead.first?.planReference == "EHC-0001")
    }

    @Test("personal lists: only their own items, none for the opted out, the inactive or those with nothing to say")
    func personalLists() async throws {
        let authority = try await Authority()
        let lists = try await authority.store.personalDigests(for: Self.today)
        #expect(lists.map(\.recipientName).sorted() == ["Cara Case", "Sam Speech"])
        let sam = try #require(lists.first { $0.recipientName == "Sam Speech" })
        #expect(sam.recipientRole == .speechAndLanguageTherapist)
        #expect(sam.advice == [PersonalDigest.Advice(planReference: "EHC-0001", childLabel: "A. B.", dueOn: day("2026-11-26"),
                                                     meetingOn: day("2026-12-10"), daysLate: 3)])
        #expect(sam.meetings == [PersonalDigest.Meeting(planReference: "EHC-0001", childLabel: "A. B.",
                                                        meetingOn: day("2026-12-10"))])
        // Pat Pathway contributes to EHC-0002, which has nothing due: no list.
        #expect(!lists.contains { $0.recipientName == "Pat Pathway" })
        // Two weeks on, the meeting has passed and nothing is owed: nobody gets a list.
        #expect(try await authority.store.personalDigests(for: day("2026-12-13")).isEmpty)
    }

    @Test("recording the scheduled digest queues the team's messages and the personal lists, once")
    func recordOnce() async throws {
        let authority = try await Authority()
        let store = authority.store
        let team = [try EmailAddress("sen-team@council.example"), try EmailAddress("sen-managers@council.example")]
        let outcome = try #require(try await store.recordScheduledDigest(for: Self.today, recipients: team))
        #expect(outcome.teamNotices.count == 2)
        #expect(outcome.personalNotices.count == 2)
        let notices = try await store.notices(limit: 100)
        let digests = notices.filter { $0.kind == .digest }
        #expect(Set(digests.map(\.recipient)) == Set(team))
        // The report is stored once, in the run; each team message only points at it.
        #expect(digests.allSatisfy { $0.payload == #"{"digestRun":\#(outcome.run.id)}"# })
        let personal = notices.filter { $0.kind == .personalDigest }
        #expect(Set(personal.compactMap(\.professionalID)) == [authority.seeded.therapist.id, authority.seeded.caseworker.id])
        let decoded = try personal.map { try JSONDecoder().decode(PersonalDigest.self, from: Data($0.payload.utf8)) }
        #expect(decoded.allSatisfy { $0.date == Self.today && !$0.isEmpty })
        #expect(try await store.digestReport(run: outcome.run.id) == outcome.report)
        #expect(try await store.recordScheduledDigest(for: Self.today, recipients: team) == nil)
        #expect(try await store.notices(limit: 100).count == notices.count, "the second attempt wrote nothing")
    }

    @Test("with mail.full_names on, the digest names the child in full; by default, initials only")
    func fullNames() async throws {
        let authority = try await Authority()
        let store = authority.store
        let report = try await store.digestReport(for: Self.today)
        #expect(!String(decoding: try JSONEncoder().encode(report), as: UTF8.self).contains("Amira"))
        store.noticesUseFullNames = true
        #expect(try await store.digestReport(for: Self.today).late.first?.childLabel == "Amira Begum")
    }

    @Test("an import is summarised once, in the next digest, instead of a flood of notices")
    func importSummary() async throws {
        let authority = try await Authority()
        let store = authority.store
        #expect(try await store.digestReport(for: Self.today).imports == [])
        let rows: [ImportItem] = [.row(.child(ChildImportRow(line: 2, childRef: "CMS-1", givenName: "Dee", familyName: "Eff",
                                                               dateOfBirth: day("2015-01-01"), yearGroup: nil)))]
        let report = try await store.importRecords(kind: .children, dryRun: false, by: testAdmin, records: { rows.makeIterator() })
        #expect(report.applied)
        let imports = try #require(try await store.digestReport(for: Self.today).imports)
        #expect(imports.map(\.kind) == [.children])
        let summary = try #require(imports.first)
        #expect((summary.rows, summary.created, summary.updated, summary.lateAfter) == (1, 1, 0, 4))
        _ = try await store.recordScheduledDigest(for: Self.today, recipients: [])
        authority.seeded.database.clock.advance(by: 60)
        #expect(try await store.digestReport(for: Self.today.adding(days: 1)).imports == [], "told once")
    }
}

@Suite("Digest: lapsed deadlines are counted in one line, never listed as late")
struct DigestLapsedTests {
    @Test("a meeting held without invitations or advice: both lapse that day; the digest counts them this week only")
    func lapsedThisWeek() async throws {
        let seeded = try await SeededStore(born: "2016-05-10")
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2026-01-10"), by: testAdmin)
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-11-26"), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-11-26")), by: testAdmin)
        let report = try await store.digestReport(for: day("2026-11-29"))
        #expect(report.counts.lapsedThisWeek == 3, "invitations, advice and views")
        #expect(!report.late.contains { [.invitations, .advice, .views].contains($0.rule) })
        #expect(try await store.digestReport(for: day("2026-12-03")).counts.lapsedThisWeek == 0, "a week later, history")
    }

    @Test("a meeting called off with its invitations, advice and views overdue: they lapse that day, kept on the plan")
    func lapsedByCancellation() async throws {
        let seeded = try await SeededStore(born: "2016-05-10")
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2026-01-10"), by: testAdmin)
        // Booked for 5 December on 29 November: everything owed two weeks before is late at once.
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-12-05"), by: testAdmin)
        #expect(try await store.lateDeadlines(asOf: day("2026-11-29")).filter { $0.deadline.reviewID == review.id }.count == 3)
        _ = try await store.cancelReview(review.id, by: testAdmin)
        let owed = try await store.deadlines(plan: seeded.plan.id, asOf: day("2026-12-10")).filter { $0.reviewID == review.id }
        #expect(owed.map(\.rule).sorted { $0.rawValue < $1.rawValue } == [.advice, .invitations, .views])
        #expect(owed.allSatisfy { $0.state == .lapsed && $0.daysLate == 8 }, "21 November to 29 November")
        #expect(try await store.lateDeadlines(asOf: day("2026-11-30")).allSatisfy { $0.deadline.reviewID != review.id })
        #expect(try await store.digestReport(for: day("2026-11-30")).counts.lapsedThisWeek == 3)
    }
}
