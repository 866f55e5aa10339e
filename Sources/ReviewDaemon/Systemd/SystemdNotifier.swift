#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Tells systemd how the daemon is doing, over the sd_notify protocol, without linking libsystemd.
///
/// It exists because the unit is `Type=notify` with `WatchdogSec=`: systemd considers the daemon started
/// only after `READY=1`, shows `STATUS=` in `systemctl status`, restarts it when `WATCHDOG=1` stops
/// arriving, and waits for `READY=1` again after `RELOADING=1`. The protocol is one datagram of
/// newline-separated `KEY=value` assignments to the `AF_UNIX` socket named by `NOTIFY_SOCKET`.
///
/// Outside systemd (`NOTIFY_SOCKET` unset or empty) every call does nothing, so the same code runs in a
/// terminal, in tests and under systemd. Failures are thrown, but a notification is never worth stopping
/// the daemon for, so callers may ignore them:
///
/// ```swift
/// let notifier = SystemdNotifier(environment: ProcessInfo.processInfo.environment)
/// try? notifier.ready(status: "Watching 120 plans")
/// // … on SIGHUP:
/// try? notifier.reloading()
/// try? notifier.ready(status: "Configuration reloaded")
/// // … on SIGTERM:
/// try? notifier.stopping()
/// ```
///
/// A notifier holds no file descriptor (each message opens, sends on and closes its own socket, as
/// `sd_notify(3)` does), so it is a plain `Sendable` value that any task may copy.
public struct SystemdNotifier: Sendable {
    /// Where messages go; `nil` when notifications are off.
    let address: NotifySocketAddress?

    /// How often to send `WATCHDOG=1`: half of `WATCHDOG_USEC`, as `sd_watchdog_enabled(3)` advises, or
    /// `nil` when systemd expects no keep-alive (no `WatchdogSec=`, or `WATCHDOG_PID` names another process).
    public let watchdogInterval: Duration?

    /// Reads `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID` from `environment`.
    public init(environment: [String: String]) {
        address = NotifySocketAddress(environmentValue: environment["NOTIFY_SOCKET"])
        watchdogInterval = Self.watchdogInterval(
            microseconds: environment["WATCHDOG_USEC"],
            processID: environment["WATCHDOG_PID"]
        )
    }

    /// Whether messages are sent at all (`NOTIFY_SOCKET` is set).
    public var isEnabled: Bool { address != nil }

    /// Sends `assignments` (newline-separated `KEY=value` pairs) as one datagram.
    ///
    /// Does nothing when notifications are off or `assignments` is empty.
    public func send(_ assignments: String) throws(SystemdNotifyError) {
        guard let address, !assignments.isEmpty else { return }
        try Self.send(Array(assignments.utf8), to: address)
    }

    /// Reports start-up (or a reload) complete, with an optional one-line status.
    public func ready(status: String? = nil) throws(SystemdNotifyError) {
        var message = "READY=1"
        if let status { message += "\nSTATUS=\(Self.oneLine(status))" }
        try send(message)
    }

    /// Sets the free-text status that `systemctl status` shows. Newlines become spaces, so a status can
    /// never smuggle in another assignment.
    public func status(_ text: String) throws(SystemdNotifyError) {
        try send("STATUS=\(Self.oneLine(text))")
    }

    /// Reports that graceful shutdown has begun.
    public func stopping() throws(SystemdNotifyError) {
        try send("STOPPING=1")
    }

    /// The watchdog keep-alive; see ``watchdogInterval`` and ``WatchdogService``.
    public func watchdog() throws(SystemdNotifyError) {
        try send("WATCHDOG=1")
    }

    /// Reports that a configuration reload has begun; send ``ready(status:)`` when it is done.
    ///
    /// Carries `MONOTONIC_USEC`, which systemd 253 and later require with `RELOADING=1` (for
    /// `Type=notify-reload`) and older versions ignore.
    public func reloading() throws(SystemdNotifyError) {
        try send("RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())")
    }

    // MARK: - Helpers

    /// `CLOCK_MONOTONIC` in microseconds, the clock systemd compares `MONOTONIC_USEC` with (Dispatch's
    /// uptime clock is `CLOCK_MONOTONIC` on Linux; `struct timespec` is avoided because Swift's strict
    /// member visibility finds it in different C modules in debug and release builds).
    static func monotonicMicroseconds() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds / 1_000
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    static func watchdogInterval(microseconds: String?, processID: String?) -> Duration? {
        guard let microseconds, let usec = UInt64(microseconds), usec > 0, usec <= UInt64(Int64.max) else {
            return nil
        }
        if let processID {
            // Set but not ours (or not a pid at all): the watchdog belongs to another process.
            guard let pid = Int32(processID), pid == getpid() else { return nil }
        }
        return .microseconds(Int64(usec)) / 2
    }

    private static func send(_ payload: [UInt8], to address: NotifySocketAddress) throws(SystemdNotifyError) {
        #if os(Linux)
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw SystemdNotifyError(.socketFailed, errno: errno) }
        defer { close(descriptor) }

        let (sent, failure) = try address.withSocketAddress { socketAddress, length in
            payload.withUnsafeBytes { bytes in
                var sent: Int
                repeat {
                    sent = sendto(
                        descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL), socketAddress, length
                    )
                } while sent < 0 && errno == EINTR
                return (sent, sent < 0 ? errno : 0)
            }
        }
        guard sent >= 0 else { throw SystemdNotifyError(.sendFailed, errno: failure) }
        guard sent == payload.count else { throw SystemdNotifyError(.sendFailed) }
        #else
        throw SystemdNotifyError(.unsupportedPlatform)
        #endif
    }
}
