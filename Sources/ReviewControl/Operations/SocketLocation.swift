/// Where the admin socket is: `--socket PATH`, else `$EHC_REVIEW_SOCKET`, else the packaged default
/// (DESIGN §3).
public enum SocketLocation {
    public static let defaultPath = "/run/ehc-review/admin.sock"
    public static let environmentVariable = "EHC_REVIEW_SOCKET"

    public static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath
    }
}
