/// Why a message to systemd's notification socket could not be sent.
///
/// It exists so that callers can tell a misconfigured `NOTIFY_SOCKET` from a transient send failure
/// when they choose to log it, while most callers simply write `try? notifier.ready()`: a failed
/// notification must never stop the daemon. The description names the failure and the `errno`, never the
/// message that was being sent.
public struct SystemdNotifyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// `NOTIFY_SOCKET` is neither a path (`/…`) nor an abstract name (`@…`), e.g. a `vsock:` address.
        case unsupportedAddress
        /// The path or abstract name does not fit in `sun_path` (108 bytes on Linux).
        case addressTooLong
        /// `socket(2)` failed.
        case socketFailed
        /// `sendto(2)` failed or sent only part of the datagram.
        case sendFailed
        /// This platform has no sd_notify protocol (not Linux).
        case unsupportedPlatform
    }

    /// What went wrong.
    public let kind: Kind
    /// The `errno` of the failing system call, when there was one.
    public let errno: Int32?

    /// Creates an error of the given kind, with the `errno` of the failing call if any.
    public init(_ kind: Kind, errno: Int32? = nil) {
        self.kind = kind
        self.errno = errno
    }

    public var description: String {
        let what: String
        switch kind {
        case .unsupportedAddress: what = "NOTIFY_SOCKET is not a path or an abstract socket name"
        case .addressTooLong: what = "NOTIFY_SOCKET is too long for a Unix socket address"
        case .socketFailed: what = "could not create the notification socket"
        case .sendFailed: what = "could not send to the notification socket"
        case .unsupportedPlatform: what = "systemd notifications are not supported on this platform"
        }
        if let errno { return "sd_notify: \(what) (errno \(errno))" }
        return "sd_notify: \(what)"
    }
}
