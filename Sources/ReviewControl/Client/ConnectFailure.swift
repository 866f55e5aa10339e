#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// Words for a failed connection to the admin socket: the errno of `connect(2)` says whether the daemon
/// is down, the socket is missing, or the caller lacks the group that may open it.
enum ConnectFailure {
    static func reason(for error: any Error) -> String {
        if let io = error as? IOError { return reason(errno: io.errnoCode) }
        if let channel = error as? ChannelError {
            switch channel {
            case .connectTimeout: return "no answer to connect (is ehc-reviewd running?)"
            default: return "\(channel)"
            }
        }
        if error is SocketAddressError { return "not a usable socket path" }
        return "\(error)"
    }

    static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such socket (is ehc-reviewd running?)"
        case ECONNREFUSED: return "connection refused (is ehc-reviewd running?)"
        case EACCES, EPERM: return "permission denied: are you in the ehc-review group?"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENOTSOCK: return "not a socket"
        case EPROTOTYPE: return "not a stream socket"
        default: return String(cString: strerror(code))
        }
    }
}
