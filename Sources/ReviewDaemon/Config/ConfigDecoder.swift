import Foundation
import ReviewCore

/// Turns the raw values of ``ConfigValues`` into a ``DaemonConfig``, checking every key and collecting
/// every problem rather than stopping at the first.
///
/// It exists to hold the config's rules in one place, apart from the YAML and environment plumbing:
/// defaults for absent keys, the two required keys, the parsing of each value into its type, the
/// cross-key rules (an SMTP user name comes with a password file), and the checks on disk (``PathCheck``).
/// Digest, mail and rule settings are decoded in the extensions beside this file.
struct ConfigDecoder {
    let values: ConfigValues
    /// Keys already reported (by ``YAMLKeyWalker``): not checked again.
    let reported: Set<String>
    /// Whether folders systemd creates at start may be missing yet (`--check-config` before the first start).
    let purpose: ConfigLoader.Purpose
    /// The environment variable that set each overridden key: its problems name the variable.
    let overriddenBy: [String: String]
    private(set) var problems: [FieldError] = []
    /// What `--check-config` should mention without failing: a folder systemd will create.
    private(set) var notes: [FieldError] = []

    init(values: ConfigValues, reported: Set<String>, purpose: ConfigLoader.Purpose = .start,
         overriddenBy: [String: String] = [:]) {
        self.values = values
        self.reported = reported
        self.purpose = purpose
        self.overriddenBy = overriddenBy
    }

    /// The config, or `nil` when ``problems`` is not empty.
    mutating func decode() -> DaemonConfig? {
        let database = value("database", default: ConfigDefaults.database, Self.path)
        if let database, !createdAtStart("database", PathCheck.parentFolder(of: database)) {
            check("database", PathCheck.writableFileProblem(database))
        }
        var timeZone: TimeZone?
        if let name = value("time_zone", default: ConfigDefaults.timeZone, Self.path) {
            // The default goes through the same check: a system without tzdata knows no Europe/London.
            do { timeZone = try Self.timeZone(name, field: "time_zone") } catch { report(error.field, error.reason) }
        }
        let socket = decodeSocket()
        let digest = decodeDigest()
        let mail = decodeMail()
        let rules = decodeRules()
        let links = decodeLinks()
        let family = decodeFamily()
        guard problems.isEmpty, let database, let timeZone, let socket, let digest, let mail, let rules, let links,
              let family else {
            return nil
        }
        return DaemonConfig(database: database, timeZone: timeZone, socket: socket, digest: digest, mail: mail,
                            rules: rules, links: links, family: family)
    }

    private mutating func decodeSocket() -> SocketSettings? {
        let path = value("socket.path", default: ConfigDefaults.socketPath, Self.socketPath)
        // The daemon binds in this folder; it does not create it (a missing one used to hang the start).
        if let path, !createdAtStart("socket.path", PathCheck.parentFolder(of: path)) {
            check("socket.path", PathCheck.writableFolderProblem(PathCheck.parentFolder(of: path)))
        }
        let group = value("socket.group", default: ConfigDefaults.socketGroup, Self.groupName)
        let adminGroup = value("socket.admin_group", default: ConfigDefaults.socketAdminGroup, Self.groupName)
        let idle = value("socket.idle_timeout_seconds", default: ConfigDefaults.idleTimeoutSeconds, Self.wholeNumber(
            in: SocketSettings.idleTimeouts, "seconds a connection may take to send a request header, or stay idle"))
        let total = value("socket.max_connections", default: ConfigDefaults.maxConnections, Self.wholeNumber(
            in: SocketSettings.connectionCounts, "connections open at once"))
        let perUID = value("socket.max_connections_per_uid", default: ConfigDefaults.maxConnectionsPerUID,
                           Self.wholeNumber(in: SocketSettings.connectionCounts, "connections open at once from one user"))
        if let total, let perUID, perUID > total {
            report("socket.max_connections_per_uid", "must not be more than socket.max_connections (\(total))")
        }
        guard let path, let group, let adminGroup, let idle, let total, let perUID, perUID <= total else { return nil }
        return SocketSettings(path: path, group: group, adminGroup: adminGroup, idleTimeoutSeconds: idle,
                              maxConnections: total, maxConnectionsPerUID: perUID)
    }

    // MARK: - Reading one key

    /// What became of an optional key.
    enum Parsed<T> {
        case absent
        case invalid
        case value(T)

        var value: T? {
            if case .value(let value) = self { return value }
            return nil
        }
    }

    /// `key` parsed by `parse(text, key)`, or a recorded problem.
    mutating func parsed<T>(_ key: String, _ parse: (String, String) throws(FieldError) -> T) -> Parsed<T> {
        guard !reported.contains(key) else { return .invalid }
        guard let text = values.text(key) else { return .absent }
        do {
            return .value(try parse(text, key))
        } catch {
            report(key, error.reason)
            return .invalid
        }
    }

    /// `key` parsed, `fallback` when it is not set, or `nil` after recording a problem.
    mutating func value<T>(_ key: String, default fallback: T,
                           _ parse: (String, String) throws(FieldError) -> T) -> T? {
        switch parsed(key, parse) {
        case .absent: fallback
        case .invalid: nil
        case .value(let value): value
        }
    }

    /// `key` parsed, or `nil` after recording a problem (also when it is not set: it is required).
    mutating func required<T>(_ key: String, _ why: String, _ parse: (String, String) throws(FieldError) -> T) -> T? {
        let result = parsed(key, parse)
        if case .absent = result { report(key, "is required (\(why))") }
        return result.value
    }

    /// Records `problem`, if any, under `key`.
    mutating func check(_ key: String, _ problem: String?) {
        if let problem { report(key, problem) }
    }

    /// Records a problem with `key`; a value set by an environment variable is reported as the variable's.
    mutating func report(_ key: String, _ reason: String) {
        let source = overriddenBy[key].map { "set by \($0): " } ?? ""
        problems.append(FieldError(field: key, reason: source + reason))
    }

    /// For `--check-config` before the first start: whether `folder` is missing but will be created by
    /// systemd (``ServiceFolders``), noted instead of checked. Always `false` at start and on reload.
    mutating func createdAtStart(_ key: String, _ folder: String) -> Bool {
        guard purpose == .install, let creator = ServiceFolders.creator(of: folder), !PathCheck.exists(folder) else {
            return false
        }
        notes.append(FieldError(field: key, reason: "\(folder) does not exist yet; systemd creates it when the service "
                                    + "starts (\(creator) in ehc-reviewd.service)"))
        return true
    }

    // MARK: - Parsers

    /// A path: one line, no control characters.
    static func path(_ text: String, field: String) throws(FieldError) -> String {
        try TextField.singleLine(text, field: field, maxLength: 4096)
    }

    /// A path that fits in `sockaddr_un.sun_path` with its terminating NUL.
    static func socketPath(_ text: String, field: String) throws(FieldError) -> String {
        let path = try Self.path(text, field: field)
        guard path.utf8.count <= 107 else {
            throw FieldError(field: field, reason: "must be at most 107 bytes long (the limit of a Unix socket address)")
        }
        return path
    }

    /// An IANA zone known to this system's time zone database.
    static func timeZone(_ text: String, field: String) throws(FieldError) -> TimeZone {
        guard let zone = TimeZone(identifier: text) else {
            throw FieldError(field: field, reason: "\"\(text)\" is not a time zone known to this system "
                                + "(use an IANA name such as Europe/London; is tzdata installed?)")
        }
        return zone
    }

    /// `a, b or c`.
    static func choices(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }

    /// A group name, looked up later by the admin server: one line, none of `:`, `,` or `/`.
    static func groupName(_ text: String, field: String) throws(FieldError) -> String {
        let name = try TextField.singleLine(text, field: field, maxLength: 256)
        guard !name.contains(":"), !name.contains(","), !name.contains("/") else {
            throw FieldError(field: field, reason: "\"\(name)\" is not a group name")
        }
        return name
    }
}
