/// The admin socket (`socket.*`): where it lives and which groups may read and write through it.
///
/// It exists so that the admin server gets the path and the two group names in one value. The group names
/// are only checked for shape here; the admin server resolves them in the group database when it binds,
/// so that `--check-config` works on a machine where the groups do not exist yet.
public struct SocketSettings: Sendable, Hashable {
    /// Path of the Unix socket (at most 107 bytes, the limit of `sockaddr_un`).
    public var path: String
    /// Members may connect and read: the socket file is mode 0660 with this group.
    public var group: String
    /// Members (and root) may change data.
    public var adminGroup: String
    /// How long a connection may take to send a request's header (from connecting, or from its last
    /// answer), and how long it may stay idle between requests, before it is closed.
    public var idleTimeoutSeconds: Int
    /// Connections open at once, from everyone; past it the oldest idle one is closed to make room.
    public var maxConnections: Int
    /// Connections open at once from one uid; past it that uid's oldest idle one is closed.
    public var maxConnectionsPerUID: Int

    /// The ranges the three numbers are checked against.
    public static let idleTimeouts = 1...3600
    public static let connectionCounts = 1...10_000

    /// `/run/ehc-review/admin.sock`, groups `ehc-review` and `ehc-review-admin`.
    public static let standard = SocketSettings(
        path: ConfigDefaults.socketPath, group: ConfigDefaults.socketGroup, adminGroup: ConfigDefaults.socketAdminGroup)

    /// The defaults of the three numbers: 10 s; 256 connections; 32 per uid.
    public static let defaultIdleTimeoutSeconds = 10
    public static let defaultMaxConnections = 256
    public static let defaultMaxConnectionsPerUID = 32

    public init(path: String, group: String, adminGroup: String,
                idleTimeoutSeconds: Int = defaultIdleTimeoutSeconds,
                maxConnections: Int = defaultMaxConnections,
                maxConnectionsPerUID: Int = defaultMaxConnectionsPerUID) {
        self.path = path
        self.group = group
        self.adminGroup = adminGroup
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.maxConnections = maxConnections
        self.maxConnectionsPerUID = maxConnectionsPerUID
    }
}
