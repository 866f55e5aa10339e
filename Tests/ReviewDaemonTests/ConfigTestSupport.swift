import Foundation
import ReviewCore
import ReviewDaemon
import Testing

/// A temporary folder for one config test, with helpers to write config files into it and load them.
/// Each test makes its own, so tests run in parallel; `withConfigScratch` removes it afterwards.
struct ConfigScratch {
    let folder: String

    /// The smallest valid config: the two required keys, and the database and socket in this folder.
    var minimal: [String: String] {
        [
            "database": "\(folder)/reviews.sqlite",
            "socket.path": "\(folder)/admin.sock",
            "digest.recipients": "[sen-team@example.org]",
            "mail.from": "\"EHC reviews <ehc-reviews@example.org>\"",
        ]
    }

    /// Writes `text` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String, mode: Int = 0o644) throws -> String {
        let path = "\(folder)/\(name)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    /// Creates the folder `name` (and its parents) and returns its path.
    @discardableResult
    func makeFolder(_ name: String, mode: Int = 0o755) throws -> String {
        let path = "\(folder)/\(name)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: mode])
        return path
    }

    /// Loads `yaml` written as `ehc-reviewd.yaml`.
    func load(_ yaml: String, environment: [String: String] = [:]) async throws -> Result<DaemonConfig, ConfigProblems> {
        let path = try write("ehc-reviewd.yaml", yaml)
        return await ConfigLoader.load(path: path, environment: environment)
    }

    /// Loads the minimal config changed by `changes` (a `nil` value removes the key), for example
    /// `["digest.at": "\"25:00\""]`. Values are YAML text.
    func load(changing changes: [String: String?], environment: [String: String] = [:]) async throws
        -> Result<DaemonConfig, ConfigProblems>
    {
        var entries = minimal
        for (key, value) in changes { entries[key] = value }
        return try await load(ConfigYAML.render(entries), environment: environment)
    }

    /// The config that `load` must accept.
    func loadValid(changing changes: [String: String?] = [:], environment: [String: String] = [:]) async throws
        -> DaemonConfig
    {
        let result = try await load(changing: changes, environment: environment)
        if case .failure(let problems) = result { Issue.record("unexpected problems: \(problems)") }
        return try result.get()
    }

    /// The problems that `load` must report.
    func loadProblems(changing changes: [String: String?], environment: [String: String] = [:]) async throws
        -> ConfigProblems
    {
        try await Self.problems(of: load(changing: changes, environment: environment))
    }

    static func problems(of result: Result<DaemonConfig, ConfigProblems>) throws -> ConfigProblems {
        switch result {
        case .success(let config):
            Issue.record("expected problems, got \(config)")
            throw ConfigTestFailure.loadedUnexpectedly
        case .failure(let problems):
            return problems
        }
    }
}

enum ConfigTestFailure: Error { case loadedUnexpectedly }

/// Runs `body` with a fresh temporary folder, removed afterwards.
func withConfigScratch(_ body: (ConfigScratch) async throws -> Void) async throws {
    let folder = FileManager.default.temporaryDirectory.path + "/ehc-config-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer {
        // Folders a test made read-only must be writable again to be removed.
        if let paths = FileManager.default.enumerator(atPath: folder) {
            for case let path as String in paths {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/" + path)
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }
    try await body(ConfigScratch(folder: folder))
}

/// Renders dotted keys and YAML values as nested YAML, so that tests can state only what they change.
struct ConfigYAML {
    private var items: [(name: String, value: String?, children: ConfigYAML)] = []

    static func render(_ entries: [String: String]) -> String {
        // Known keys in the example file's order, then any others (misspelt ones) in name order.
        let order = ConfigSchema.keys + entries.keys.filter { !ConfigSchema.keys.contains($0) }.sorted()
        var tree = ConfigYAML()
        for key in order {
            if let value = entries[key] { tree.insert(key.split(separator: ".").map(String.init), value) }
        }
        return tree.lines(indent: 0).joined(separator: "\n") + "\n"
    }

    private mutating func insert(_ path: [String], _ value: String) {
        guard let first = path.first else { return }
        if !items.contains(where: { $0.name == first }) { items.append((first, nil, ConfigYAML())) }
        guard let index = items.firstIndex(where: { $0.name == first }) else { return }
        if path.count == 1 {
            items[index].value = value
        } else {
            items[index].children.insert(Array(path.dropFirst()), value)
        }
    }

    private func lines(indent: Int) -> [String] {
        items.flatMap { item -> [String] in
            let pad = String(repeating: "  ", count: indent)
            if let value = item.value { return [pad + item.name + ": " + value] }
            return [pad + item.name + ":"] + item.children.lines(indent: indent + 1)
        }
    }
}

/// The repository's root, found from this file's path.
let configRepositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// Whether the tests run as root, for whom access(2) allows writing and reading anything.
let configTestsRunAsRoot = getuid() == 0
