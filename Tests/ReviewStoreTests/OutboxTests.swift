import Foundation
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

@Suite("The notice outbox")
struct OutboxTests {
    static func notice(_ recipient: String, kind: NoticeKind = .finalIssued) throws -> NewNotice {
        NewNotice(planID: nil, professionalID: nil, recipient: try EmailAddress(recipient), kind: kind, planVersion: 2,
                  payload: #"{"reference":"EHC-0001"}"#)
    }

    @Test("queued notices are claimed once, oldest first, and move through sent, failed and dead")
    func lifecycle() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let now = database.clock.now()
        let ids = try await store.enqueue([try Self.notice("a@nhs.example"), try Self.notice("b@nhs.example"),
                                           try Self.notice("c@nhs.example")])
        #expect(ids.count == 3)
        #expect(try await store.nextNoticeAttempt() == now)

        let claimed = try await store.claimDueNotices(now: now, limit: 2)
        #expect(claimed.map(\.id) == Array(ids.prefix(2)))
        #expect(claimed.allSatisfy { $0.state == .sending })
        let second = try await store.claimDueNotices(now: now, limit: 10)
        #expect(second.map(\.id) == [ids[2]], "a claimed notice is not handed out twice")

        try await store.markSent(ids[0], at: now)
        try await store.markFailed(ids[1], error: "451 try later", retryAt: now.addingTimeInterval(2))
        try await store.markDead(ids[2], error: "550 no such user")

        let sent = try #require(try await store.notices(state: .sent).first)
        #expect(sent.sentAt == now)
        #expect(sent.attempts == 1)
        let failed = try #require(try await store.notices(state: .failed).first)
        #expect(failed.lastError == "451 try later")
        #expect(try await store.claimDueNotices(now: now, limit: 10).isEmpty, "not due before its retry time")
        #expect(try await store.claimDueNotices(now: now.addingTimeInterval(2), limit: 10).map(\.id) == [ids[1]])
        #expect(try await store.notices(state: .dead).map(\.id) == [ids[2]])
        #expect(try await store.noticeCounts() == [.sent: 1, .sending: 1, .dead: 1])
    }

    @Test("notices left sending by a crash are rescued and due again")
    func rescue() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let now = database.clock.now()
        _ = try await store.enqueue([try Self.notice("a@nhs.example"), try Self.notice("b@nhs.example")])
        _ = try await store.claimDueNotices(now: now, limit: 10)
        try store.close()

        let restarted = try database.open()
        let later = now.addingTimeInterval(60)
        #expect(try await restarted.rescueSendingNotices(now: later) == 2)
        #expect(try await restarted.claimDueNotices(now: later, limit: 10).count == 2)
    }

    @Test("an admin's retry of a dead notice is audited, and only dead or failed notices can be retried")
    func retry() async throws {
        let database = try TemporaryDatabase()
        let store = try database.open()
        let now = database.clock.now()
        let ids = try await store.enqueue([try Self.notice("a@nhs.example"), try Self.notice("b@nhs.example")])
        _ = try await store.claimDueNotices(now: now, limit: 10)
        try await store.markDead(ids[0], error: "550 mailbox unavailable")
        try await store.markSent(ids[1], at: now)

        let admin = AuditActor(uid: 1001, userName: "jo.admin", via: "POST /v1/notices/1/retry")
        let retried = try await store.retryNotice(ids[0], by: admin)
        #expect(retried.state == .queued)
        #expect(retried.attempts == 1)
        let entry = try #require(try await store.auditEntries(limit: 1).first)
        #expect(entry.actor == admin)
        #expect(entry.action == "notice.retry")

        let notRetryable = await storeError { _ = try await store.retryNotice(ids[1], by: admin) }
        #expect(notRetryable?.field == "state")
        let missing = await storeError { _ = try await store.retryNotice(NoticeID(999), by: admin) }
        #expect(missing == .notFound(entity: "notice", id: 999, field: nil))
    }
}
