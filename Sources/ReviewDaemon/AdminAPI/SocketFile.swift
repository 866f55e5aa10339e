#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The admin socket's file: cleared of a stale file left by a dead daemon before binding (a live daemon on
/// the same path is refused, not displaced), and given mode 0660 and `socket.group` once bound.
///
/// The daemon runs with umask 0077, so the socket is created 0600 — reachable by its owner only — and is
/// opened to the group only by ``open(path:group:)``: nobody else can connect before its mode is right.
public enum SocketFile {
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Removes a stale socket at `path`; throws if another process is listening there, or if the path is
    /// something other than a socket.
    public static func clearStale(at path: String) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return }
        guard attributes[.type] as? FileAttributeType == .typeSocket else {
            throw Problem(description: "socket.path \(path) exists and is not a socket; refusing to replace it")
        }
        if isListening(path) {
            throw Problem(description: "another ehc-reviewd is already listening on \(path); refusing to start a second one")
        }
        guard unlink(path) == 0 || errno == ENOENT else {
            throw Problem(description: "cannot remove the stale socket \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Whether something accepts connections on the Unix socket `path`.
    static func isListening(_ path: String) -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return result == 0
    }

    /// Gives the bound socket mode 0660 and group `group` (changing the group only when it differs, since a
    /// hardened unit's system-call filter refuses `chown`; under systemd the socket already has the
    /// service's group).
    public static func open(path: String, group: String) throws {
        guard let gid = PeerCredentials.groupID(named: group) else {
            throw Problem(description: "socket.group: there is no group named \(group)")
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let currentGroup = (attributes[.groupOwnerAccountID] as? NSNumber)?.uint32Value
        else {
            throw Problem(description: "the socket \(path) vanished after binding")
        }
        if currentGroup != gid, chown(path, uid_t.max, gid) != 0 {
            throw Problem(description: "cannot give \(path) the group \(group): \(String(cString: strerror(errno))) "
                + "(the daemon must be a member of \(group); under systemd set Group=\(group))")
        }
        guard chmod(path, 0o660) == 0 else {
            throw Problem(description: "cannot set the mode of \(path): \(String(cString: strerror(errno)))")
        }
    }
}
