import Foundation
import ReviewCore
import Testing

/// The distribution record's "not sent" reasons (issue 13; DESIGN §3: an inactive professional gets nothing).
@Suite("NotSentReason — why a contributor holds no notice of a version")
struct NotSentReasonTests {
    let issued = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("joined after the version: sent the current version on joining, not this one")
    func joinedLater() {
        #expect(NotSentReason.of(joinedAt: issued.addingTimeInterval(1), versionRecordedAt: issued, active: true)
                    == .joinedAfterThisVersion)
        #expect(NotSentReason.of(joinedAt: issued.addingTimeInterval(86_400), versionRecordedAt: issued, active: false)
                    == .joinedAfterThisVersion)
    }

    @Test("on the plan when it was issued: inactive professionals get nothing; otherwise it was recorded without notices")
    func onThePlan() {
        #expect(NotSentReason.of(joinedAt: issued, versionRecordedAt: issued, active: false) == .inactive)
        #expect(NotSentReason.of(joinedAt: issued.addingTimeInterval(-1), versionRecordedAt: issued, active: true)
                    == .recordedWithoutNotices)
    }
}
