import ReviewAPI

/// The version reported by `--version`, `GET /v1/status` and the `STATUS=` line: the product's.
public enum DaemonVersion {
    public static let string = ProductVersion.string
}
