#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A bound `AF_UNIX` datagram socket standing in for systemd's notification socket in tests.
final class NotifySocketListener: Sendable {
    enum ListenerError: Error { case socket(Int32), bind(Int32), receive(Int32), tooLong }

    /// The value to put in `NOTIFY_SOCKET`.
    let environmentValue: String
    private let descriptor: Int32
    private let path: String?

    /// Binds at a fresh path in a temporary folder.
    static func atTemporaryPath() throws -> NotifySocketListener {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("ehc-notify-\(UUID().uuidString.prefix(8)).sock").path
        return try NotifySocketListener(bytes: Array(path.utf8) + [0], environmentValue: path, path: path)
    }

    /// Binds at a fresh abstract name (no file), with the exact address length.
    static func atAbstractName() throws -> NotifySocketListener {
        let name = "ehc-review-test-\(UUID().uuidString)"
        return try NotifySocketListener(bytes: [0] + Array(name.utf8), environmentValue: "@" + name, path: nil)
    }

    private init(bytes: [UInt8], environmentValue: String, path: String?) throws {
        self.environmentValue = environmentValue
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw ListenerError.socket(errno) }

        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        guard bytes.count <= MemoryLayout.size(ofValue: address.sun_path) else { throw ListenerError.tooLong }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            throw ListenerError.bind(code)
        }
        // Never hang a test, but allow for a loaded CI machine (two cores, tests in parallel): 10 s was missed once
        // in the full suite (receive → EAGAIN), so thirty.
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(descriptor)
        if let path { unlink(path) }
    }

    /// The next datagram, as text.
    func receive() throws -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { throw ListenerError.receive(errno) }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }

    /// Whether a datagram is waiting, without blocking.
    func hasPendingDatagram() -> Bool {
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_PEEK) | Int32(MSG_DONTWAIT))
        return count >= 0
    }
}
