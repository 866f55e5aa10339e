import Foundation
import ReviewCore
import ReviewDaemon
import ReviewMail
import ReviewStore
import ReviewTestSupport
import Synchronization
import Testing

/// A transport that, before handing over each message, asks the store how many notices are already
/// `sent`: with results recorded one by one, that is every message handed over before this one.
private final class StoreWatchingTransport: MailTransport {
    let name = "watching"
    let store: ReviewStore
    private let seen = Mutex<[Int]>([])

    init(store: ReviewStore) {
        self.store = store
    }

    /// For each message, the `sent` count when it was handed over.
    var sentBeforeEach: [Int] { seen.withLock { $0 } }

    func deliver(_ messages: [MailMessage], onResult: (Int, DeliveryResult) async -> Void) async {
        for index in messages.indices {
            let sent = (try? await store.noticeCounts())?[.sent] ?? 0
            seen.withLock { $0.append(sent) }
            await onResult(index, .delivered)
        }
    }
}

@Suite("The outbox records each delivery result as soon as the transport reports it")
struct OutboxResultRecordingTests {
    @Test("message n is handed over only after messages 0…n-1 are recorded as sent (one batch)")
    func recordedOneByOne() async throws {
        let fixture = try await OutboxFixture(addresses: (0..<6).map { "t\($0)@nhs.example" })
        try await fixture.issueFinal()
        let transport = StoreWatchingTransport(store: fixture.store)
        let tally = try await fixture.dispatcher(transport, batchSize: 50, concurrency: 1).drain(now: fixture.clock.now())
        #expect(tally.delivered == 6)
        #expect(transport.sentBeforeEach == [0, 1, 2, 3, 4, 5])
        #expect(try await fixture.store.noticeCounts() == [.sent: 6])
    }

    @Test("a transport that reports nothing for a message leaves it to be retried, not sent")
    func missingResult() async throws {
        let fixture = try await OutboxFixture(addresses: ["a@nhs.example", "b@nhs.example"])
        try await fixture.issueFinal()
        let tally = try await fixture.dispatcher(FirstOnlyTransport()).drain(now: fixture.clock.now())
        #expect(tally.delivered == 1 && tally.retrying == 1)
        let failed = try #require(try await fixture.store.notices().first { $0.state == .failed })
        #expect(failed.lastError == "the first-only transport returned no result")
    }
}

/// Reports the first message only (a broken transport), and the first one twice.
private struct FirstOnlyTransport: MailTransport {
    let name = "first-only"

    func deliver(_ messages: [MailMessage], onResult: (Int, DeliveryResult) async -> Void) async {
        guard !messages.isEmpty else { return }
        await onResult(0, .delivered)
        await onResult(0, .permanentFailure("reported twice"))
        await onResult(messages.count + 5, .delivered)
    }
}
