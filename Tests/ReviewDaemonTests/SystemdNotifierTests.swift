#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import ReviewDaemon

@Suite("SystemdNotifier: the sd_notify protocol")
struct SystemdNotifierTests {
    @Test("each helper sends its exact datagram to a socket path")
    func helpersAtPath() throws {
        let listener = try NotifySocketListener.atTemporaryPath()
        try expectHelpers(SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.environmentValue]), listener)
    }

    @Test("each helper sends its exact datagram to an abstract socket name (@…)")
    func helpersAtAbstractName() throws {
        let listener = try NotifySocketListener.atAbstractName()
        try expectHelpers(SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.environmentValue]), listener)
    }

    private func expectHelpers(_ notifier: SystemdNotifier, _ listener: NotifySocketListener) throws {
        #expect(notifier.isEnabled)
        try notifier.ready(status: "Watching 120 plans")
        #expect(try listener.receive() == "READY=1\nSTATUS=Watching 120 plans")
        try notifier.ready()
        #expect(try listener.receive() == "READY=1")
        try notifier.status("Digest sent")
        #expect(try listener.receive() == "STATUS=Digest sent")
        try notifier.stopping()
        #expect(try listener.receive() == "STOPPING=1")
        try notifier.watchdog()
        #expect(try listener.receive() == "WATCHDOG=1")
        try notifier.send("READY=1\nSTATUS=Watching 120 plans")
        #expect(try listener.receive() == "READY=1\nSTATUS=Watching 120 plans")
    }

    @Test("RELOADING=1 carries MONOTONIC_USEC from CLOCK_MONOTONIC")
    func reloading() throws {
        let listener = try NotifySocketListener.atAbstractName()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.environmentValue])
        let before = monotonicMicroseconds()
        try notifier.reloading()
        let after = monotonicMicroseconds()
        let lines = try listener.receive().split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "RELOADING=1")
        let prefix = "MONOTONIC_USEC="
        let value = try #require(lines.last.flatMap { $0.hasPrefix(prefix) ? UInt64($0.dropFirst(prefix.count)) : nil })
        #expect(value >= before && value <= after)
    }

    @Test("a status cannot smuggle in another assignment: newlines become spaces")
    func statusNewlines() throws {
        let listener = try NotifySocketListener.atTemporaryPath()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.environmentValue])
        try notifier.status("Watching\nREADY=1")
        #expect(try listener.receive() == "STATUS=Watching READY=1")
        try notifier.ready(status: "a\r\nb")
        #expect(try listener.receive() == "READY=1\nSTATUS=a b")
    }

    @Test("without NOTIFY_SOCKET (or with it empty) every call is a no-op", arguments: [[:], ["NOTIFY_SOCKET": ""]])
    func disabled(environment: [String: String]) throws {
        let notifier = SystemdNotifier(environment: environment)
        #expect(!notifier.isEnabled)
        try notifier.ready(status: "x")
        try notifier.status("x")
        try notifier.stopping()
        try notifier.watchdog()
        try notifier.reloading()
        try notifier.send("READY=1")
    }

    @Test("errors are thrown, not fatal: no listener, an unsupported address, a name too long")
    func errors() {
        let missing = SystemdNotifier(environment: ["NOTIFY_SOCKET": "/nonexistent/ehc-review/notify"])
        #expect(throws: SystemdNotifyError(.sendFailed, errno: ENOENT)) { try missing.ready() }
        #expect(throws: SystemdNotifyError(.unsupportedAddress)) {
            try SystemdNotifier(environment: ["NOTIFY_SOCKET": "vsock:2:1234"]).ready()
        }
        let long = "/" + String(repeating: "x", count: 107)
        #expect(throws: SystemdNotifyError(.addressTooLong)) {
            try SystemdNotifier(environment: ["NOTIFY_SOCKET": long]).ready()
        }
        #expect(throws: SystemdNotifyError(.addressTooLong)) {
            try SystemdNotifier(environment: ["NOTIFY_SOCKET": "@" + String(repeating: "x", count: 108)]).ready()
        }
        // try? is all a caller needs.
        try? missing.watchdog()
        #expect(!String(describing: SystemdNotifyError(.sendFailed, errno: ENOENT)).contains("READY"))
    }

    @Test("the longest names that fit are accepted")
    func longestNames() throws {
        // 107 path bytes + NUL, or NUL + 107 name bytes, fill sun_path's 108 bytes exactly.
        let name = String(repeating: "n", count: 107)
        let abstract = SystemdNotifier(environment: ["NOTIFY_SOCKET": "@" + name])
        #expect(throws: SystemdNotifyError(.sendFailed, errno: ECONNREFUSED)) { try abstract.ready() }
        let path = SystemdNotifier(environment: ["NOTIFY_SOCKET": "/" + String(repeating: "p", count: 106)])
        #expect(throws: SystemdNotifyError(.sendFailed, errno: ENOENT)) { try path.ready() }
    }

    @Test("the watchdog interval is half of WATCHDOG_USEC")
    func watchdogInterval() {
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000"]).watchdogInterval == .seconds(15))
        #expect(SystemdNotifier(environment: ["WATCHDOG_USEC": "100000"]).watchdogInterval == .milliseconds(50))
        let ours = SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "\(getpid())"])
        #expect(ours.watchdogInterval == .seconds(15))
    }

    @Test(
        "no watchdog interval when WATCHDOG_USEC is unset or invalid, or WATCHDOG_PID is another process",
        arguments: [
            [:],
            ["WATCHDOG_USEC": "0"],
            ["WATCHDOG_USEC": "soon"],
            ["WATCHDOG_USEC": "-5"],
            ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "\(getpid() + 1)"],
            ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"],
            ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": ""],
        ]
    )
    func noWatchdogInterval(environment: [String: String]) {
        #expect(SystemdNotifier(environment: environment).watchdogInterval == nil)
    }

    /// CLOCK_MONOTONIC through Foundation (not `timespec`, whose C module Swift's strict member visibility
    /// finds in different places from build to build), independent of the notifier's own reading.
    private func monotonicMicroseconds() -> UInt64 {
        UInt64(ProcessInfo.processInfo.systemUptime * 1_000_000)
    }
}
