import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

@Suite("Notices are written with the event that causes them, to every active contributor")
struct NoticeGenerationTests {
    static func content(_ notice: Notice) throws -> NoticeContent {
        try JSONDecoder().decode(NoticeContent.self, from: Data(notice.payload.utf8))
    }

    /// The seeded plan with the therapist, the caseworker and an inactive physiotherapist on it.
    static func planWithContributors() async throws -> (SeededStore, Professional) {
        let seeded = try await SeededStore()
        let store = seeded.store
        let inactive = try await store.addProfessional(
            try NewProfessional(name: "Ivy Inactive", email: "ivy@nhs.example", role: .physiotherapist, active: false),
            by: testAdmin)
        for professional in [seeded.therapist, seeded.caseworker, inactive] {
            try await store.addContributor(plan: seeded.plan.id, professional: professional.id, by: testAdmin)
        }
        return (seeded, inactive)
    }

    @Test("a final plan goes to every active contributor — therapist included — and to no inactive one")
    func finalToEveryone() async throws {
        let (seeded, inactive) = try await Self.planWithContributors()
        _ = try await seeded.store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        let notices = try await seeded.store.notices()
        #expect(Set(notices.compactMap(\.professionalID)) == [seeded.therapist.id, seeded.caseworker.id])
        #expect(!notices.contains { $0.professionalID == inactive.id })
        #expect(notices.allSatisfy { $0.kind == .finalIssued && $0.planVersion == 1 && $0.state == .queued })
        let content = try Self.content(try #require(notices.first { $0.professionalID == seeded.therapist.id }))
        #expect(content.planReference == "EHC-0001")
        #expect(content.childLabel == "A. B.", "initials only")
        #expect(content.on == day("2025-03-14"))
        #expect(content.contact == "Cara Case <cara@council.example>")
        #expect(!notices.contains { $0.payload.contains("Amira") || $0.payload.contains("Begum") || $0.payload.contains("2012") },
                "no name or date of birth of the child")
    }

    @Test("a contributor who joins after a version was issued is sent the current version")
    func joinerGetsCurrentVersion() async throws {
        let seeded = try await SeededStore()
        _ = try await seeded.store.recordEvent(seeded.plan.id, kind: .draftIssued, on: day("2025-02-01"), by: testAdmin)
        _ = try await seeded.store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        try await seeded.store.addContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin)
        let notices = try await seeded.store.notices()
        #expect(notices.count == 1)
        #expect(notices.first?.kind == .currentVersion)
        #expect(notices.first?.planVersion == 2)
        #expect(try Self.content(try #require(notices.first)).on == day("2025-03-14"))
    }

    @Test("a meeting invites everyone with the advice date; a move bumps the sequence; report and decision follow")
    func reviewNotices() async throws {
        let (seeded, _) = try await Self.planWithContributors()
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin, notify: false)
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-12-20"), by: testAdmin)
        let invitations = try await store.notices().filter { $0.kind == .reviewScheduled }
        #expect(invitations.count == 2)
        let invitation = try Self.content(try #require(invitations.first))
        #expect(invitation.meeting == NoticeContent.Meeting(reviewId: review.id.rawValue, on: day("2026-12-20"), sequence: 0,
                                                                   details: MeetingDetails.none))
        #expect(invitation.adviceDueOn == day("2026-12-06"))
        _ = try await store.moveReview(review.id, to: day("2027-01-08"), by: testAdmin)
        let moved = try await store.notices().filter { $0.kind == .reviewMoved }
        #expect(moved.count == 2)
        #expect(try Self.content(try #require(moved.first)).meeting?.sequence == 1)

        seeded.database.clock.set(try #require(ISO8601DateFormatter().date(from: "2027-02-10T09:00:00Z")))
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .meetingHeld, on: day("2027-01-08")), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .reportSent, on: day("2027-01-15")), by: testAdmin)
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: day("2027-01-29"), decision: .amend),
                                       by: testAdmin)
        let kinds = try await store.notices(limit: 100).map(\.kind)
        #expect(kinds.filter { $0 == .reportCirculated }.count == 2)
        let decisions = try await store.notices(limit: 100).filter { $0.kind == .decisionIssued }
        #expect(decisions.count == 2)
        #expect(try Self.content(try #require(decisions.first)).decision == .amend)
        let expectedCount = 8
        #expect(kinds.count == expectedCount, "2 invitations, moves, reports, decisions: holding the meeting sends nothing")
    }

    @Test("a deadline turning late is sent to the caseworker; missing advice to whoever still owes it")
    func transitionNotices() async throws {
        let (seeded, _) = try await Self.planWithContributors()
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin, notify: false)
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2027-01-20"), by: testAdmin, notify: false)
        _ = try await store.processTransitions(through: day("2026-11-29"))
        // The caseworker gave advice; the therapist has not. Advice is due 2027-01-06: due soon from 2026-12-23.
        _ = try await store.recordStep(
            review.id, ReviewStepRecord(step: .adviceReceived, on: day("2026-11-29"), professionalID: seeded.caseworker.id),
            by: testAdmin)
        _ = try await store.processTransitions(through: day("2026-12-23"))
        let reminders = try await store.notices().filter { $0.kind == .adviceReminder }
        #expect(reminders.map(\.professionalID) == [seeded.therapist.id])
        #expect(try Self.content(try #require(reminders.first)).adviceDueOn == day("2027-01-06"))
        _ = try await store.processTransitions(through: day("2027-01-07"))
        let notices = try await store.notices(limit: 100)
        #expect(notices.filter { $0.kind == .adviceMissed }.map(\.professionalID) == [seeded.therapist.id])
        let late = notices.filter { $0.kind == .deadlineLate }
        #expect(!late.isEmpty)
        #expect(late.allSatisfy { $0.professionalID == seeded.caseworker.id }, "late deadlines go to the caseworker only")
        let lateAdvice = try late.map(Self.content).first { $0.lateDeadline?.rule == .advice }
        #expect(lateAdvice?.lateDeadline?.dueOn == day("2027-01-06"))
        #expect(lateAdvice?.lateDeadline?.source.contains("reg 20(4)") == true)
    }

    @Test("a refused event writes no notice; notify: false records history silently")
    func nothingWithoutTheEvent() async throws {
        let (seeded, _) = try await Self.planWithContributors()
        await #expect(throws: StoreError.self) {
            _ = try await seeded.store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2027-01-01"), by: testAdmin)
        }
        #expect(try await seeded.store.notices().isEmpty)
        _ = try await seeded.store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin,
                                               notify: false)
        #expect(try await seeded.store.notices().isEmpty)
    }

    @Test("with mail.full_names on, notices name the child in full; off (the default), initials only")
    func fullNamesSwitch() async throws {
        let (seeded, _) = try await Self.planWithContributors()
        #expect(seeded.store.noticesUseFullNames == false)
        seeded.store.noticesUseFullNames = true
        _ = try await seeded.store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin)
        let labels = try await seeded.store.notices().map { try Self.content($0).childLabel }
        #expect(Set(labels) == ["Amira Begum"])
    }

    @Test("a cancelled meeting sends the cancellation with the next sequence and stops counting for deadlines")
    func cancellation() async throws {
        let (seeded, _) = try await Self.planWithContributors()
        let store = seeded.store
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin, notify: false)
        let review = try await store.scheduleReview(plan: seeded.plan.id, meetingOn: day("2026-12-20"), by: testAdmin)
        #expect(try await store.deadlines(plan: seeded.plan.id, asOf: day("2026-11-29")).contains { $0.reviewID == review.id })
        let cancelled = try await store.cancelReview(review.id, by: testAdmin)
        #expect(cancelled.cancelledOn == day("2026-11-29"))
        let notices = try await store.notices(limit: 100).filter { $0.kind == .reviewCancelled }
        #expect(notices.count == 2)
        let meeting = try Self.content(try #require(notices.first)).meeting
        #expect(meeting == NoticeContent.Meeting(reviewId: review.id.rawValue, on: day("2026-12-20"), sequence: 1, cancelled: true))
        #expect(try await !store.deadlines(plan: seeded.plan.id, asOf: day("2026-11-29")).contains { $0.reviewID == review.id })
        await #expect(throws: StoreError.self) { _ = try await store.cancelReview(review.id, by: testAdmin) }
        await #expect(throws: StoreError.self) {
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .invitationsSent, on: day("2026-11-29")), by: testAdmin)
        }
    }
}
