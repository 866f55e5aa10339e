/// The version reported by `--version`, `GET /v1/status` and the `STATUS=` line.
public enum DaemonVersion {
    public static let string = "0.3.0"
}
