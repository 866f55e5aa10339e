import Foundation
import ReviewCore
import ReviewDaemon
import ReviewMail
import ReviewStore
import ReviewTestSupport
import Synchronization
import Testing

@Suite("The dispatcher reads mail.batch_size, mail.concurrency and mail.max_attempts at every wake")
struct OutboxDeliverySettingsTests {
    /// `count` notices to one address, queued at once.
    static func queue(_ count: Int, in fixture: OutboxFixture) async throws {
        let recipient = try EmailAddress("sam.speech@nhs.example")
        let payload = try samplePayload()
        _ = try await fixture.store.enqueue((0..<count).map { _ in
            NewNotice(planID: fixture.plan.id, professionalID: nil, recipient: recipient, kind: .finalIssued,
                      payload: payload)
        })
    }

    @Test("a changed batch size and concurrency apply from the next wake")
    func batchSizeChangesBetweenWakes() async throws {
        let fixture = try await OutboxFixture(addresses: ["sam.speech@nhs.example"])
        let settings = Mutex(DeliverySettings(batchSize: 4, concurrency: 1))
        let transport = FakeTransport()
        let dispatcher = OutboxDispatcher(
            store: fixture.store, clock: fixture.clock,
            mail: { OutboxMail(transport: transport, builder: fixture.builder) },
            delivery: { settings.withLock { $0 } }, retry: fixedPolicy(), logger: quietLogger)
        try await Self.queue(12, in: fixture)
        #expect(try await dispatcher.drain(now: fixture.clock.now()).delivered == 12)
        #expect(transport.batches == 3)

        settings.withLock { $0 = DeliverySettings(batchSize: 6, concurrency: 2) }
        #expect(dispatcher.settings == DeliverySettings(batchSize: 6, concurrency: 2, maxAttempts: 12))
        try await Self.queue(12, in: fixture)
        #expect(try await dispatcher.drain(now: fixture.clock.now()).delivered == 12)
        #expect(transport.batches == 3 + 2)
    }

    @Test("max_attempts from the settings decides when a notice is dead")
    func maxAttempts() async throws {
        let address = "sam.speech@nhs.example"
        let fixture = try await OutboxFixture(addresses: [address])
        try await fixture.issueFinal()
        let transport = FakeTransport(script: [address: Array(repeating: .temporaryFailure("421 busy"), count: 5)])
        let dispatcher = OutboxDispatcher(
            store: fixture.store, clock: fixture.clock,
            mail: { OutboxMail(transport: transport, builder: fixture.builder) },
            delivery: { DeliverySettings(batchSize: 50, concurrency: 4, maxAttempts: 2) },
            retry: fixedPolicy(maxAttempts: 12), logger: quietLogger)
        for _ in 1...2 {
            let now = try await dispatcher.nextWake(after: fixture.clock.now()) ?? fixture.clock.now()
            fixture.clock.set(now)
            try await dispatcher.wake(now: now)
        }
        let notice = try #require(try await fixture.notice(to: address))
        #expect(notice.state == .dead)
        #expect(notice.lastError == "gave up after 2 attempts: 421 busy")
    }

    @Test("numbers below 1 from code that skipped the config checks are taken as 1")
    func clamped() async throws {
        let fixture = try await OutboxFixture(addresses: ["sam.speech@nhs.example"])
        let dispatcher = OutboxDispatcher(
            store: fixture.store, clock: fixture.clock,
            mail: { OutboxMail(transport: FakeTransport(), builder: fixture.builder) },
            delivery: { DeliverySettings(batchSize: 0, concurrency: -1, maxAttempts: 0) }, logger: quietLogger)
        #expect(dispatcher.settings == DeliverySettings(batchSize: 1, concurrency: 1, maxAttempts: 1))
    }
}
