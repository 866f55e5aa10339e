import Foundation
import ReviewDaemon
import Testing

@Suite("The retry policy: about 2^n seconds ±10 %, capped, up to a last attempt")
struct OutboxRetryPolicyTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("without jitter the delay doubles from 2 s", arguments: [(1, 2.0), (2, 4), (3, 8), (5, 32), (10, 1024), (11, 2048)])
    func doubling(attempt: Int, seconds: Double) {
        #expect(fixedPolicy().delay(afterAttempt: attempt) == seconds)
    }

    @Test("the jitter moves the delay by at most 10 % either way", arguments: 1...11)
    func jitterBounds(attempt: Int) {
        let base = pow(2, Double(attempt))
        #expect(fixedPolicy(jitter: -1).delay(afterAttempt: attempt) == base * 0.9)
        #expect(fixedPolicy(jitter: 1).delay(afterAttempt: attempt) == base * 1.1)
        let random = RetryPolicy().delay(afterAttempt: attempt)
        #expect(random >= base * 0.9 && random <= base * 1.1)
    }

    @Test("a jitter source out of range is clamped")
    func clamped() {
        #expect(fixedPolicy(jitter: 7).delay(afterAttempt: 3) == 8 * 1.1)
    }

    @Test("the delay never exceeds the cap, jitter included")
    func cap() {
        #expect(fixedPolicy(jitter: 1).delay(afterAttempt: 12) == 3600)
        #expect(fixedPolicy(jitter: 1, cap: 60).delay(afterAttempt: 6) == 60)
        #expect(fixedPolicy(jitter: -1, cap: 60).delay(afterAttempt: 6) == 64 * 0.9)
        #expect(fixedPolicy().delay(afterAttempt: 5000) == 3600, "no overflow")
    }

    @Test("retry until the last attempt, then give up")
    func decisions() {
        let policy = fixedPolicy(maxAttempts: 12)
        #expect(policy.decision(afterAttempt: 1, now: Self.now) == .retry(at: Self.now + 2))
        #expect(policy.decision(afterAttempt: 11, now: Self.now) == .retry(at: Self.now + 2048))
        #expect(policy.decision(afterAttempt: 12, now: Self.now) == .giveUp)
        #expect(fixedPolicy(maxAttempts: 1).decision(afterAttempt: 1, now: Self.now) == .giveUp)
        #expect(RetryPolicy().maxAttempts == 12 && RetryPolicy().cap == 3600)
    }
}
