#if canImport(Glibc)
import Glibc
#endif
public import ReviewCore

/// Who is on the other end of an admin-socket connection, read from the kernel (`SO_PEERCRED`) and the
/// group database, never from anything the caller sends. Held as a typed value; a caller whose
/// credentials cannot be read gets no identity at all, and every request from it is refused.
public struct CallerIdentity: Sendable, Hashable {
    /// What a caller may do.
    public enum Access: Sendable, Hashable {
        /// Read every route.
        case read
        /// Read and change data: root and members of `socket.admin_group`.
        case write
    }

    public let uid: UInt32
    public let gid: UInt32
    public let pid: Int32
    public let userName: String
    /// The primary group and every supplementary group of the user.
    public let groups: Set<UInt32>

    public init(uid: UInt32, gid: UInt32, pid: Int32, userName: String, groups: Set<UInt32>) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.userName = userName
        self.groups = groups
    }

    /// What this caller may do, given the admin group's id (`nil` when that group does not exist: then only
    /// root may write).
    public func access(adminGroup: UInt32?) -> Access {
        if uid == 0 { return .write }
        if let adminGroup, groups.contains(adminGroup) { return .write }
        return .read
    }

    /// The audit log's view of this caller.
    public func auditActor(via: String) -> AuditActor {
        AuditActor(uid: uid, userName: userName, via: via)
    }
}

/// Reads the peer of a connected Unix socket and the user's groups.
public enum PeerCredentials {
    /// `struct ucred` as Linux lays it out.
    struct UCred: Sendable {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
    }

    /// The identity of a user: their name and every group they belong to (`getgrouplist`), or `nil` for a
    /// uid with no account (then only the primary group counts, under the numeric name).
    public static func identity(uid: UInt32, gid: UInt32, pid: Int32) -> CallerIdentity {
        guard let user = userName(of: uid) else {
            return CallerIdentity(uid: uid, gid: gid, pid: pid, userName: "uid \(uid)", groups: [gid])
        }
        return CallerIdentity(uid: uid, gid: gid, pid: pid, userName: user, groups: groups(of: user, primary: gid))
    }

    static func userName(of uid: UInt32) -> String? {
        var entry = passwd()
        var buffer = [CChar](repeating: 0, count: 4096)
        var result: UnsafeMutablePointer<passwd>?
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name
        else { return nil }
        return String(cString: name)
    }

    static func groups(of user: String, primary: UInt32) -> Set<UInt32> {
        var count: Int32 = 64
        var list = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(user, primary, &list, &count) == -1 {
            list = [gid_t](repeating: 0, count: Int(count))
            guard getgrouplist(user, primary, &list, &count) != -1 else { return [primary] }
        }
        return Set(list.prefix(Int(count)).map { UInt32($0) }).union([primary])
    }

    /// The id of group `name`, or `nil` if there is no such group.
    public static func groupID(named name: String) -> UInt32? {
        var entry = group()
        var buffer = [CChar](repeating: 0, count: 4096)
        var result: UnsafeMutablePointer<group>?
        guard getgrnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return entry.gr_gid
    }
}
