#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where `NOTIFY_SOCKET` points: a filesystem path or a Linux abstract socket name.
///
/// It exists to keep the one fiddly part of the sd_notify protocol — building a `sockaddr_un` with the
/// right length — apart from sending. An abstract name (`@name` in the environment) is written as a
/// leading NUL byte followed by the name, and its address length must be exact: the kernel treats every
/// byte up to that length, trailing NULs included, as part of the name.
enum NotifySocketAddress: Sendable, Equatable {
    /// An absolute filesystem path, e.g. `/run/systemd/notify`.
    case path(String)
    /// An abstract name, without the `@` that stands for the leading NUL byte.
    case abstract(String)
    /// Something else (e.g. `vsock:` of systemd 254+), which this implementation does not speak.
    case unsupported

    /// Reads the value of `NOTIFY_SOCKET`; `nil` when it is unset or empty (notifications are off).
    init?(environmentValue value: String?) {
        guard let value, !value.isEmpty else { return nil }
        if value.hasPrefix("/") {
            self = .path(value)
        } else if value.hasPrefix("@") {
            self = .abstract(String(value.dropFirst()))
        } else {
            self = .unsupported
        }
    }

    #if os(Linux)
    /// Calls `body` with the socket address and its exact length.
    func withSocketAddress<Result>(
        _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) throws(SystemdNotifyError) -> Result {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \.sun_path) ?? MemoryLayout<sa_family_t>.size

        let bytes: [UInt8]
        let length: Int
        switch self {
        case .path(let path):
            bytes = Array(path.utf8)
            // The path and its terminating NUL must fit.
            guard bytes.count < capacity else { throw SystemdNotifyError(.addressTooLong) }
            length = pathOffset + bytes.count + 1
        case .abstract(let name):
            bytes = [0] + Array(name.utf8)
            // No terminating NUL: the length says where the name ends.
            guard bytes.count <= capacity else { throw SystemdNotifyError(.addressTooLong) }
            length = pathOffset + bytes.count
        case .unsupported:
            throw SystemdNotifyError(.unsupportedAddress)
        }

        withUnsafeMutableBytes(of: &address.sun_path) { sunPath in
            sunPath.copyBytes(from: bytes)
        }
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                body(socketAddress, socklen_t(length))
            }
        }
    }
    #endif
}
