import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 13: the distribution record says why a contributor holds no notice of a version.
@Suite("Distribution: why a version was not sent")
struct DistributionNotSentTests {
    @Test("history told nobody; a later contributor joined after it; an inactive one gets nothing")
    func reasons() async throws {
        let seeded = try await SeededStore()
        let store = seeded.store
        try await store.addContributor(plan: seeded.plan.id, professional: seeded.therapist.id, by: testAdmin, notify: false)
        _ = try await store.recordEvent(seeded.plan.id, kind: .finalIssued, on: day("2025-03-14"), by: testAdmin, notify: false)
        seeded.database.clock.advance(by: 60)
        try await store.addContributor(plan: seeded.plan.id, professional: seeded.caseworker.id, by: testAdmin, notify: false)
        let quiet = try await store.addProfessional(
            try NewProfessional(name: "Ivy Inactive", email: "ivy@nhs.example", role: .physiotherapist), by: testAdmin)
        try await store.addContributor(plan: seeded.plan.id, professional: quiet.id, by: testAdmin, notify: false)
        seeded.database.clock.advance(by: 60)
        _ = try await store.recordEvent(seeded.plan.id, kind: .amendedFinalIssued, on: day("2026-11-20"), by: testAdmin,
                                        notify: false)
        _ = try await store.updateProfessional(quiet.id, try ProfessionalPatch(active: false), by: testAdmin)
        let entries = try await store.distribution(plan: seeded.plan.id)
        func reason(_ professional: Professional, _ version: Int) -> NotSentReason? {
            entries.first { $0.professional.id == professional.id && $0.version == version }?.notSent
        }
        #expect(reason(seeded.therapist, 1) == .recordedWithoutNotices)
        #expect(reason(seeded.caseworker, 1) == .joinedAfterThisVersion)
        #expect(reason(seeded.caseworker, 2) == .recordedWithoutNotices)
        #expect(reason(quiet, 2) == .inactive)
        #expect(entries.allSatisfy { $0.notice == nil && $0.notSent != nil })
    }
}
