/// The folders the shipped systemd unit has systemd create when the service starts: `StateDirectory=`
/// (`/var/lib/ehc-review`) and `RuntimeDirectory=` (`/run/ehc-review`).
///
/// It exists for `--check-config` on a fresh server: the README has the admin check the config before
/// the first `systemctl start`, when neither folder exists yet. Those two (and anything beneath them) may
/// then be missing — the check says so in a note — while every other missing folder is a problem. At start
/// and on reload nothing is excused: a folder that is still missing stops the daemon with exit 78.
/// `SystemdUnitSecurityTests` checks that the unit names these folders.
public enum ServiceFolders {
    /// Folder → the unit setting that creates it.
    public static let createdAtStart: [String: String] = [
        "/var/lib/ehc-review": "StateDirectory=ehc-review",
        "/run/ehc-review": "RuntimeDirectory=ehc-review",
    ]

    /// The unit setting that will create `folder` (or the folder it lies in), if any.
    static func creator(of folder: String) -> String? {
        createdAtStart.first { folder == $0.key || folder.hasPrefix($0.key + "/") }?.value
    }
}
