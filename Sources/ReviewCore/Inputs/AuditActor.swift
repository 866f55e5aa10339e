/// Who made a change, as the audit log records it: the caller's uid and user name from the socket's peer
/// credentials, and the route or tool it came through.
public struct AuditActor: Sendable, Hashable, Codable {
    public var uid: UInt32
    public var userName: String
    public var via: String

    public init(uid: UInt32, userName: String, via: String) {
        self.uid = uid
        self.userName = userName
        self.via = via
    }
}
