import Dispatch
import Logging
import ServiceLifecycle
import Testing
@testable import ReviewDaemon

@Suite("WatchdogService: WATCHDOG=1 until shutdown")
struct WatchdogServiceTests {
    private let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    @Test("pings every watchdog interval, then returns on graceful shutdown and pings no more")
    func pingsUntilGracefulShutdown() async throws {
        let listener = try NotifySocketListener.atTemporaryPath()
        // 100 ms of WATCHDOG_USEC: a ping every 50 ms.
        let notifier = SystemdNotifier(environment: [
            "NOTIFY_SOCKET": listener.environmentValue, "WATCHDOG_USEC": "100000",
        ])
        #expect(notifier.watchdogInterval == .milliseconds(50))
        let group = ServiceGroup(services: [WatchdogService(notifier: notifier, logger: logger)], logger: logger)

        let clock = ContinuousClock()
        let start = clock.now
        let running = Task { try await group.run() }
        for _ in 0..<3 {
            #expect(try await listener.receiveOffThread() == "WATCHDOG=1")
        }
        // Three pings 50 ms apart: the first at once, the third after about 100 ms.
        #expect(clock.now - start >= .milliseconds(90))

        await group.triggerGracefulShutdown()
        try await running.value
        while listener.hasPendingDatagram() { _ = try listener.receive() }
        try await Task.sleep(for: .milliseconds(150))
        #expect(!listener.hasPendingDatagram())
    }

    @Test("returns without throwing when its task is cancelled")
    func returnsOnCancellation() async throws {
        let listener = try NotifySocketListener.atAbstractName()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.environmentValue])
        let service = WatchdogService(notifier: notifier, interval: .milliseconds(20), logger: logger)
        let running = Task { try await service.run() }
        #expect(try await listener.receiveOffThread() == "WATCHDOG=1")
        running.cancel()
        try await running.value
    }

    @Test("without a watchdog interval it sends nothing and waits for graceful shutdown")
    func noIntervalWaitsForShutdown() async throws {
        let listener = try NotifySocketListener.atTemporaryPath()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.environmentValue])
        #expect(notifier.watchdogInterval == nil)
        let group = ServiceGroup(services: [WatchdogService(notifier: notifier, logger: logger)], logger: logger)
        let running = Task { try await group.run() }
        try await Task.sleep(for: .milliseconds(100))
        #expect(!listener.hasPendingDatagram())
        await group.triggerGracefulShutdown()
        try await running.value
        #expect(!listener.hasPendingDatagram())
    }

    @Test("outside systemd (no NOTIFY_SOCKET) it waits for shutdown even with an interval")
    func disabledNotifier() async throws {
        let notifier = SystemdNotifier(environment: [:])
        let service = WatchdogService(notifier: notifier, interval: .milliseconds(10), logger: logger)
        let group = ServiceGroup(services: [service], logger: logger)
        let running = Task { try await group.run() }
        try await Task.sleep(for: .milliseconds(50))
        await group.triggerGracefulShutdown()
        try await running.value
    }

    @Test("a failing ping is not fatal: the service keeps running until shutdown")
    func failingPings() async throws {
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": "/nonexistent/ehc-review/notify"])
        let service = WatchdogService(notifier: notifier, interval: .milliseconds(10), logger: logger)
        let group = ServiceGroup(services: [service], logger: logger)
        let running = Task { try await group.run() }
        try await Task.sleep(for: .milliseconds(60))
        await group.triggerGracefulShutdown()
        try await running.value
    }
}

extension NotifySocketListener {
    /// ``receive()`` on a Dispatch thread, so a blocking `recv` never holds up Swift's cooperative pool.
    func receiveOffThread() async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try self.receive() })
            }
        }
    }
}
