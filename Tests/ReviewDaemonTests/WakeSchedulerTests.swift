import Foundation
import ReviewCore
import ReviewDaemon
import ReviewTestSupport
import ServiceLifecycle
import Synchronization
import Testing

@Suite("WakeScheduler and its timer")
struct WakeSchedulerTests {
    /// A source with a fixed next wake that counts its wakes, or fails when told to.
    final class CountingSource: WakeSource {
        let name: String
        let next: Date?
        let fails: Bool
        private let wakes = Mutex(0)
        var count: Int { wakes.withLock { $0 } }

        init(name: String, next: Date?, fails: Bool = false) {
            self.name = name
            self.next = next
            self.fails = fails
        }

        struct Failure: Error {}

        func wake(now: Date) async throws {
            wakes.withLock { $0 += 1 }
            if fails { throw Failure() }
        }

        func nextWake(after now: Date) async throws -> Date? { next }
    }

    @Test("the timer is armed for the earliest source; none means no timer at all")
    func earliestSourceWins() async {
        let now = instant("2026-05-01T10:00:00Z")
        let later = CountingSource(name: "digest", next: instant("2026-05-02T06:00:00Z"))
        let sooner = CountingSource(name: "retry", next: instant("2026-05-01T10:00:04Z"))
        let idle = CountingSource(name: "idle", next: nil)
        let scheduler = WakeScheduler(sources: [later, sooner, idle], clock: FakeClock(now), timer: DispatchWakeTimer(),
                                      logger: quietLogger)
        #expect(await scheduler.pass(now: now) == instant("2026-05-01T10:00:04Z"))
        #expect([later.count, sooner.count, idle.count] as [Int] == [1, 1, 1])
        let none = WakeScheduler(sources: [idle], clock: FakeClock(now), timer: DispatchWakeTimer(), logger: quietLogger)
        #expect(await none.pass(now: now) == nil)
    }

    @Test("a failing source is retried after the back-off and does not hold the others back")
    func failingSource() async {
        let now = instant("2026-05-01T10:00:00Z")
        let broken = CountingSource(name: "broken", next: nil, fails: true)
        let healthy = CountingSource(name: "healthy", next: instant("2026-05-03T00:00:00Z"))
        let scheduler = WakeScheduler(sources: [broken, healthy], clock: FakeClock(now), timer: DispatchWakeTimer(),
                                      logger: quietLogger, retryAfterFailure: 30)
        #expect(await scheduler.pass(now: now) == now.addingTimeInterval(30))
        #expect(healthy.count == 1)
    }

    @Test("the Dispatch timer fires at a wall-clock deadline")
    func timerFires() async {
        let timer = DispatchWakeTimer()
        #expect(await timer.sleep(until: Date().addingTimeInterval(0.05)) == .fired)
        #expect(await timer.sleep(until: Date().addingTimeInterval(-1)) == .fired, "a past deadline fires at once")
    }

    @Test("an interrupt ends a sleep, and one sent between sleeps is not lost")
    func timerInterrupts() async {
        let timer = DispatchWakeTimer()
        timer.interrupt()
        #expect(await timer.sleep(until: nil) == .interrupted)
        async let reason = timer.sleep(until: nil)
        try? await Task.sleep(for: .milliseconds(50))
        timer.interrupt()
        #expect(await reason == .interrupted)
    }

    @Test("cancelling the sleeping task ends the sleep")
    func timerCancels() async {
        let timer = DispatchWakeTimer()
        let task = Task { await timer.sleep(until: nil) }
        try? await Task.sleep(for: .milliseconds(50))
        task.cancel()
        #expect(await task.value == .cancelled)
    }

    @Test("the scheduler's run loop stops on a graceful shutdown")
    func stopsGracefully() async throws {
        let source = CountingSource(name: "deadlines", next: nil)
        let scheduler = WakeScheduler(sources: [source], clock: FakeClock(Date()), timer: DispatchWakeTimer(),
                                      logger: quietLogger)
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [scheduler], logger: quietLogger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await Task.sleep(for: .milliseconds(50))
            scheduler.poke()
            try await Task.sleep(for: .milliseconds(50))
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(source.count >= 2, "woke once at start and once when poked")
    }
}
