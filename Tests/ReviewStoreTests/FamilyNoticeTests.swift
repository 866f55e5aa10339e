import Foundation
import ReviewCore
@testable import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 15 items 2–5 at the store: the family's messages written in the event's own transaction, one per
/// contact the law names — an email, or a letter to print for a family without email — never a family's
/// details in a professional's message, and at most one "something is late" message a week.
@Suite("Store: the family's messages")
struct FamilyNoticeTests {
    /// A child of Year 5 with a plan issued on 10 January 2026, a therapist, and a mother by email, a father
    /// by post, a grandmother no longer involved.
    static func family() async throws -> (SeededStore, ContactID, ContactID) {
        let seeded = try await SeededStore(born: "2016-05-10")
        let store = seeded.store
        store.iassContact = "Test SENDIASS, 0113 000 0000"
        try await store.addContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin, notify: false)
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2026-01-10"), by: testAdmin, notify: false)
        let mum = try await store.addContact(child: seeded.child.id, try NewContact(
            name: "Aisha Begum", relationship: .parent, email: "aisha@home.example", postalAddress: "1 High St"), by: testAdmin)
        let dad = try await store.addContact(child: seeded.child.id, try NewContact(
            name: "Omar Begum", relationship: .parent, postalAddress: "2 Low Rd\nLeeds"), by: testAdmin)
        _ = try await store.addContact(child: seeded.child.id, try NewContact(
            name: "Nan", relationship: .carer, email: "nan@home.example", active: false), by: testAdmin)
        return (seeded, mum.id, dad.id)
    }

    @Test("a meeting booked: the invitation and the request for views to each parent — an email, or a letter")
    func invitation() async throws {
        let (seeded, mum, dad) = try await Self.family()
        let store = seeded.store
        _ = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-12-20"), by: testAdmin)
        let notices = try await store.notices(limit: 100)
        let family = notices.filter { $0.kind.isFamily }
        #expect(Set(family.map(\.kind)) == [.familyInvitation, .familyViewsRequested])
        #expect(family.allSatisfy { $0.recipient.value == "aisha@home.example" }, "the mother by email; Nan is inactive")
        let letters = try await store.letters(state: .toPrint)
        #expect(Set(letters.map(\.kind)) == [.familyInvitation, .familyViewsRequested])
        #expect(letters.allSatisfy { $0.contactID == dad }, "the father has no email: letters")
        let views = try #require(letters.first { $0.kind == .familyViewsRequested })
        #expect(views.content.family?.viewsBy == day("2026-12-06") && views.content.family?.childName == "Amira")
        // The professionals' messages carry nothing of the family.
        for notice in notices where !notice.kind.isFamily {
            #expect(!notice.payload.contains("Aisha") && !notice.payload.contains("High St") && !notice.payload.contains("aisha@"))
        }
        _ = mum
    }

    @Test("the decision names the appeal rights' service; a late decision tells the family once a week at most")
    func decisionAndLate() async throws {
        let (seeded, _, _) = try await Self.family()
        let store = seeded.store
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-10-31"), by: testAdmin, notify: false)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2026-10-31")), by: testAdmin,
                                       notify: false)
        // The decision was due on 28 November (four weeks after the meeting): late today, the 29th; the day's
        // pass tells the caseworker and the family.
        _ = try await store.processTransitions(through: store.today)
        var updates = try await store.notices(limit: 200).filter { $0.kind == .familyUpdate }
        #expect(updates.count == 1, "\(updates.count)")
        let late = try JSONDecoder().decode(NoticeContent.self, from: Data(try #require(updates.first).payload.utf8))
        #expect(late.family?.late?.rule == .decision && late.family?.late?.dueOn == day("2026-11-28"))
        // The store tells the policy an update went out this week, and not after it.
        let now = seeded.database.clock.now()
        #expect(try await store.read { db in
            try ReviewStore.familyUpdateSent(db, planID: seeded.plan.id, since: now.addingTimeInterval(-7 * 86_400))
        })
        #expect(try await store.read { db in
            try !ReviewStore.familyUpdateSent(db, planID: seeded.plan.id, since: now.addingTimeInterval(60))
        })
        seeded.database.clock.advance(by: 2 * 86_400)
        _ = try await store.processTransitions(through: store.today)
        updates = try await store.notices(limit: 200).filter { $0.kind == .familyUpdate }
        #expect(updates.count == 1, "not again within the week")
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: store.today, decision: .maintain),
                                       by: testAdmin)
        let decision = try #require(try await store.notices(limit: 200).first { $0.kind == .familyDecision })
        let content = try JSONDecoder().decode(NoticeContent.self, from: Data(decision.payload.utf8))
        #expect(content.decision == .maintain && content.family?.iassContact == "Test SENDIASS, 0113 000 0000")
    }

    @Test("a young person over compulsory school age is told instead of the parents, unless they agree")
    func youngPerson() async throws {
        let seeded = try await SeededStore(born: "2009-03-01")   // Year 11 in 2024/25: a young person since June 2025
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-09-10"), by: testAdmin, notify: false)
        _ = try await store.addContact(child: seeded.child.id, try NewContact(name: "Mum", relationship: .parent,
                                                                             email: "mum@home.example"), by: testAdmin)
        _ = try await store.addContact(child: seeded.child.id, try NewContact(name: "Dad", relationship: .parent,
                                                                             email: "dad@home.example", youngPersonAgreed: true), by: testAdmin)
        _ = try await store.addContact(child: seeded.child.id, try NewContact(name: "Amira", relationship: .youngPerson,
                                                                             email: "amira@home.example"), by: testAdmin)
        _ = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-12-20"), by: testAdmin)
        let invited = try await store.notices(limit: 100).filter { $0.kind == .familyInvitation }.map(\.recipient.value)
        #expect(Set(invited) == ["amira@home.example", "dad@home.example"])
    }
}
