/// The exit codes of `ehc-reviewctl`, from BSD's `sysexits.h`, so that scripts can tell a typo from a
/// refused change from a daemon that is down.
public enum Sysexits {
    public static let ok: Int32 = 0
    /// Bad command line (ArgumentParser's own code for validation errors).
    public static let usage: Int32 = 64
    /// The daemon refused the data: 400, 409, 413, 422.
    public static let dataError: Int32 = 65
    /// The thing asked for does not exist: 404.
    public static let noInput: Int32 = 66
    /// The daemon cannot be reached, or says it is unavailable: 503.
    public static let unavailable: Int32 = 69
    /// Anything else: a 5xx, an answer that breaks the contract.
    public static let software: Int32 = 70
    /// The output file of an export cannot be created.
    public static let cannotCreate: Int32 = 73
    /// Writing the output of an export failed (a full disk).
    public static let ioError: Int32 = 74
    /// The caller may not do this: 401, 403.
    public static let noPermission: Int32 = 77
}
