import Foundation
import ReviewCore
import ReviewDaemon
import ReviewMail
import ReviewStore
import ReviewTestSupport
import Testing

@Suite("The outbox dispatcher delivers, retries with back-off, and gives up on dead notices")
struct OutboxDispatcherTests {
    static let sam = "sam.speech@nhs.example"
    static let cara = "cara@council.example"

    @Test("delivered notices are marked sent, one message per recipient, with the builder's Message-ID")
    func delivered() async throws {
        let fixture = try await OutboxFixture()
        try await fixture.issueFinal()
        let transport = FakeTransport()
        let tally = try await fixture.dispatcher(transport).drain(now: fixture.clock.now())
        #expect(tally.delivered == 2)
        let notices = try await fixture.store.notices()
        #expect(notices.allSatisfy { $0.state == .sent && $0.attempts == 1 && $0.sentAt == fixture.clock.now() })
        #expect(Set(transport.sent.map(\.recipient.value)) == [Self.sam, Self.cara])
        #expect(Set(transport.sent.map(\.messageID)) == Set(notices.map { fixture.builder.messageID(for: $0) }))
        #expect(try await fixture.dispatcher(transport).nextWake(after: fixture.clock.now()) == nil)
    }

    @Test("a temporary failure is retried inside the back-off window, then delivered on a later wake")
    func temporaryThenDelivered() async throws {
        let fixture = try await OutboxFixture()
        try await fixture.issueFinal()
        let transport = FakeTransport(script: [Self.sam: [.temporaryFailure("451 try later")]])
        let dispatcher = fixture.dispatcher(transport, policy: RetryPolicy(random: { Double.random(in: -1...1) }))
        let start = fixture.clock.now()
        try await dispatcher.wake(now: start)
        let failed = try #require(try await fixture.notice(to: Self.sam))
        #expect(failed.state == .failed)
        #expect(failed.attempts == 1)
        #expect(failed.lastError == "451 try later")
        let retryAt = try #require(failed.nextAttemptAt)
        #expect(retryAt >= start.addingTimeInterval(1.8) && retryAt <= start.addingTimeInterval(2.2),
                "2^1 s ± 10 %")
        #expect(try await dispatcher.nextWake(after: start) == retryAt)
        #expect(try await fixture.notice(to: Self.cara)?.state == .sent)

        try await dispatcher.wake(now: start.addingTimeInterval(1))
        #expect(try await fixture.notice(to: Self.sam)?.state == .failed, "not due yet")
        // The store keeps milliseconds, and its text → date → text round trip can lose one.
        let later = retryAt.addingTimeInterval(0.001)
        fixture.clock.set(later)
        try await dispatcher.wake(now: later)
        let sent = try #require(try await fixture.notice(to: Self.sam))
        #expect(sent.state == .sent)
        #expect(sent.attempts == 2)
        #expect(transport.sent.filter { $0.recipient.value == Self.sam }.count == 2)
    }

    @Test("a permanent failure is dead at once, with the reason kept")
    func permanent() async throws {
        let fixture = try await OutboxFixture()
        try await fixture.issueFinal()
        let transport = FakeTransport(script: [Self.sam: [.permanentFailure("550 no such user")]])
        let tally = try await fixture.dispatcher(transport).drain(now: fixture.clock.now())
        #expect(tally.dead == 1 && tally.delivered == 1)
        let dead = try #require(try await fixture.notice(to: Self.sam))
        #expect(dead.state == .dead)
        #expect(dead.lastError == "550 no such user")
        #expect(dead.nextAttemptAt == nil)
    }

    @Test("a temporary failure on the last attempt is dead")
    func maxAttempts() async throws {
        let fixture = try await OutboxFixture(addresses: [Self.sam])
        try await fixture.issueFinal()
        let transport = FakeTransport(script: [Self.sam: Array(repeating: .temporaryFailure("421 busy"), count: 5)])
        let dispatcher = fixture.dispatcher(transport, policy: fixedPolicy(maxAttempts: 3))
        for _ in 1...3 {
            let now = try await dispatcher.nextWake(after: fixture.clock.now()) ?? fixture.clock.now()
            fixture.clock.set(now)
            try await dispatcher.wake(now: now)
        }
        let notice = try #require(try await fixture.notice(to: Self.sam))
        #expect(notice.state == .dead)
        #expect(notice.attempts == 3)
        #expect(notice.lastError == "gave up after 3 attempts: 421 busy")
        #expect(transport.sent.count == 3)
        #expect(try await dispatcher.nextWake(after: fixture.clock.now()) == nil)
    }

    @Test("a notice left 'sending' by a crash is rescued and then delivered")
    func rescue() async throws {
        let fixture = try await OutboxFixture(addresses: [Self.sam])
        try await fixture.issueFinal()
        let claimed = try await fixture.store.claimDueNotices(now: fixture.clock.now(), limit: 10)
        #expect(claimed.count == 1)
        let transport = FakeTransport()
        let dispatcher = fixture.dispatcher(transport)
        try await dispatcher.wake(now: fixture.clock.now())
        #expect(transport.sent.isEmpty, "a row in 'sending' is not claimed again")
        #expect(try await fixture.store.rescueSendingNotices(now: fixture.clock.now()) == 1)
        try await dispatcher.wake(now: fixture.clock.now())
        #expect(try await fixture.notice(to: Self.sam)?.state == .sent)
        #expect(transport.sent.map(\.messageID) == [fixture.builder.messageID(for: try #require(claimed.first))])
    }

    @Test("a payload that does not decode is dead with a clear reason, and the rest of the batch goes")
    func undecodable() async throws {
        let fixture = try await OutboxFixture(addresses: [Self.sam])
        try await fixture.issueFinal()
        let broken = try await fixture.store.enqueue([
            NewNotice(planID: fixture.plan.id, professionalID: nil, recipient: try EmailAddress("x@example.org"),
                      kind: .finalIssued, payload: "{\"kind\": 42}"),
        ])
        let transport = FakeTransport()
        let tally = try await fixture.dispatcher(transport).drain(now: fixture.clock.now())
        #expect(tally.dead == 1 && tally.delivered == 1)
        let dead = try #require(try await fixture.store.notices().first { $0.id == broken.first })
        #expect(dead.state == .dead)
        #expect(dead.lastError?.hasPrefix("payload does not decode as a notice's content") == true)
        #expect(!transport.sent.contains { $0.recipient.value == "x@example.org" })
    }

    @Test("no more batches are in flight than the limit, and every notice is sent once")
    func boundedConcurrency() async throws {
        let fixture = try await OutboxFixture(addresses: [Self.sam])
        let recipient = try EmailAddress(Self.sam)
        let payload = try samplePayload()
        _ = try await fixture.store.enqueue((0..<95).map { _ in
            NewNotice(planID: fixture.plan.id, professionalID: nil, recipient: recipient, kind: .finalIssued,
                      payload: payload)
        })
        let transport = FakeTransport(latency: .milliseconds(20))
        let tally = try await fixture.dispatcher(transport, batchSize: 5, concurrency: 3).drain(now: fixture.clock.now())
        #expect(tally.delivered == 95)
        #expect(transport.batches == 19)
        #expect(transport.maxInFlight <= 3)
        #expect(transport.maxInFlight >= 2, "batches do overlap")
        #expect(Set(transport.sent.map(\.messageID)).count == 95)
        #expect(try await fixture.store.noticeCounts() == [.sent: 95])
    }

    @Test("a cancelled wake finishes the batch in flight and leaves the rest queued")
    func cancellation() async throws {
        let fixture = try await OutboxFixture(addresses: [Self.sam])
        let recipient = try EmailAddress(Self.sam)
        let payload = try samplePayload()
        _ = try await fixture.store.enqueue((0..<20).map { _ in
            NewNotice(planID: fixture.plan.id, professionalID: nil, recipient: recipient, kind: .finalIssued,
                      payload: payload)
        })
        let transport = FakeTransport(latency: .milliseconds(200))
        let dispatcher = fixture.dispatcher(transport, batchSize: 5, concurrency: 1)
        let now = fixture.clock.now()
        let wake = Task { try await dispatcher.drain(now: now) }
        while transport.batches == 0 { try await Task.sleep(for: .milliseconds(5)) }
        wake.cancel()
        _ = try? await wake.value
        let counts = try await fixture.store.noticeCounts()
        #expect(counts[.sending] == nil, "nothing is left half-sent")
        #expect(counts[.sent] == 5 * transport.batches)
        #expect(counts[.queued, default: 0] >= 10)
    }
}
