import Foundation
import Logging
import ReviewCore
import ReviewDaemon
import ReviewMail
import ReviewStore
import ReviewTestSupport
import Synchronization

/// A transport that answers from a script, per recipient address (one result per attempt; `.delivered`
/// once the script runs out), and counts the batches in flight at once.
final class FakeTransport: MailTransport {
    let name = "fake"
    private let state = Mutex<State>(State())
    /// How long each batch takes, so that concurrent batches overlap.
    let latency: Duration

    private struct State {
        var script: [String: [DeliveryResult]] = [:]
        var sent: [MailMessage] = []
        var inFlight = 0
        var maxInFlight = 0
        var batches = 0
    }

    init(script: [String: [DeliveryResult]] = [:], latency: Duration = .zero) {
        state.withLock { $0.script = script }
        self.latency = latency
    }

    /// Every message handed over, in order.
    var sent: [MailMessage] { state.withLock { $0.sent } }
    /// The most batches that were being delivered at the same time.
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }
    var batches: Int { state.withLock { $0.batches } }

    func deliver(_ messages: [MailMessage], onResult: (Int, DeliveryResult) async -> Void) async {
        state.withLock {
            $0.inFlight += 1
            $0.batches += 1
            $0.maxInFlight = max($0.maxInFlight, $0.inFlight)
        }
        if latency > .zero { try? await Task.sleep(for: latency) }
        for (index, message) in messages.enumerated() {
            let result = state.withLock { state in
                state.sent.append(message)
                let address = message.recipient.value
                guard var queue = state.script[address], !queue.isEmpty else { return DeliveryResult.delivered }
                let result = queue.removeFirst()
                state.script[address] = queue
                return result
            }
            await onResult(index, result)
        }
        state.withLock { $0.inFlight -= 1 }
    }
}

/// A store with one plan and its contributors, and a dispatcher's usual companions.
struct OutboxFixture {
    let database: TemporaryDatabase
    let store: ReviewStore
    let plan: Plan
    let contributors: [Professional]
    let builder: MessageBuilder

    /// `addresses` become active contributors of plan `EHC-0001`.
    init(addresses: [String] = ["sam.speech@nhs.example", "cara@council.example"]) async throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let child = try await store.addChild(
            try NewChild(givenName: "Amira", familyName: "Begum", dateOfBirth: day("2015-05-10"), today: store.today),
            by: testAdmin)
        plan = try await store.addPlan(try NewPlan(childID: child.id, reference: "EHC-0001"), by: testAdmin)
        var contributors: [Professional] = []
        for (index, address) in addresses.enumerated() {
            let role: ProfessionalRole = index == 0 ? .speechAndLanguageTherapist : .senCaseworker
            let professional = try await store.addProfessional(
                try NewProfessional(name: "Person \(index)", email: address, role: role), by: testAdmin)
            try await store.addContributor(plan: plan.id, professional: professional.id, by: testAdmin)
            contributors.append(professional)
        }
        self.contributors = contributors
        builder = MessageBuilder(from: try MailboxAddress(parsing: "EHC reviews <ehc-reviews@example.org>"),
                                 timeZone: london, settings: .standard)
    }

    var clock: FakeClock { database.clock }

    /// Records the plan's final, which sends a notice to every contributor.
    func issueFinal() async throws {
        _ = try await store.recordEvent(plan.id, kind: .finalIssued, on: day("2026-11-20"), by: testAdmin)
    }

    func dispatcher(_ transport: any MailTransport, policy: RetryPolicy = fixedPolicy(),
                    batchSize: Int = 50, concurrency: Int = 4) -> OutboxDispatcher {
        OutboxDispatcher(store: store, clock: clock, transport: transport, builder: builder, policy: policy,
                         batchSize: batchSize, concurrency: concurrency, logger: quietLogger)
    }

    /// The one notice to `address`.
    func notice(to address: String) async throws -> Notice? {
        try await store.notices(limit: 1000).first { $0.recipient.value == address }
    }
}

/// A retry policy whose jitter is always `value` (-1...1), for exact retry times.
func fixedPolicy(jitter value: Double = 0, maxAttempts: Int = 12, cap: TimeInterval = 3600) -> RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, cap: cap, random: { value })
}

/// A valid payload for a hand-made notice.
func samplePayload(to name: String = "Sam Speech") throws -> String {
    let content = NoticeContent(kind: .finalIssued, planReference: "EHC-0001", childLabel: "A. B.",
                                recipientName: name, on: day("2026-11-20"), planVersion: 1)
    return String(decoding: try JSONEncoder().encode(content), as: UTF8.self)
}
