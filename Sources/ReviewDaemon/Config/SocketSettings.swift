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

    /// `/run/ehc-review/admin.sock`, groups `ehc-review` and `ehc-review-admin`.
    public static let standard = SocketSettings(
        path: ConfigDefaults.socketPath, group: ConfigDefaults.socketGroup, adminGroup: ConfigDefaults.socketAdminGroup)

    public init(path: String, group: String, adminGroup: String) {
        self.path = path
        self.group = group
        self.adminGroup = adminGroup
    }
}
