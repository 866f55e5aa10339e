import Configuration
public import ReviewCore
import SystemPackage

/// Loads the daemon's config: the YAML file, overridden key by key by `EHC_REVIEW_*` environment
/// variables, checked in full.
///
/// It exists so that `ehc-reviewd` (at start, on `--check-config` and on SIGHUP) gets either a
/// ``DaemonConfig`` it can run with or ``ConfigProblems`` listing **every** problem, each naming its
/// dotted key. The values are read with swift-configuration (an `EnvironmentVariablesProvider` with
/// the prefix `ehc_review` in front of a `FileProvider<YAMLSnapshot>`), so `EHC_REVIEW_DIGEST_AT=06:30`
/// wins over `digest.at` in the file; see ``ConfigSchema`` for the naming rule. The file is also
/// walked with Yams to refuse keys nobody reads, such as a misspelt `digest.time`.
///
/// ```swift
/// let result = await ConfigLoader.load(path: "/etc/ehc-review/ehc-reviewd.yaml",
///                                      environment: ProcessInfo.processInfo.environment)
/// ```
/// When the file itself cannot be read or parsed, that one problem (key `config`) is all that is
/// reported, since nothing else can be checked.
public enum ConfigLoader {
    /// When the config is being loaded, which decides what may not exist yet.
    public enum Purpose: Sendable, Equatable {
        /// The daemon is starting or reloading: every folder must be there now.
        case start
        /// `--check-config` on a server where the service may never have started: the folders systemd
        /// creates at start (``ServiceFolders``) may be missing, with a note.
        case install
    }

    /// What `--check-config` reports: the config or its problems, and notes that are not problems.
    public struct Check: Sendable {
        public let result: Result<DaemonConfig, ConfigProblems>
        public let notes: [FieldError]
    }

    /// Environment variables with our prefix that are not keys but are read elsewhere.
    static let otherVariables: Set<String> = ["EHC_REVIEW_LOG_LEVEL", "EHC_REVIEW_SOCKET"]

    /// The config in the YAML file at `path`, each key overridden by its `EHC_REVIEW_*` variable in
    /// `environment` (pass `ProcessInfo.processInfo.environment`), or every problem found.
    public static func load(path: String, environment: [String: String]) async -> Result<DaemonConfig, ConfigProblems> {
        await check(path: path, environment: environment, purpose: .start).result
    }

    /// As ``load(path:environment:)``, for `purpose`, with the notes.
    public static func check(path: String, environment: [String: String], purpose: Purpose) async -> Check {
        let file: ConfigFileText
        switch ConfigFileText.read(path: path) {
        case .success(let text): file = text
        case .failure(let problem): return Check(result: .failure(ConfigProblems([problem])), notes: [])
        }
        let walker = YAMLKeyWalker(file.mapping)

        let fileProvider: FileProvider<YAMLSnapshot>
        do {
            fileProvider = try await FileProvider<YAMLSnapshot>(filePath: FilePath(path))
        } catch {
            // The walker explains what swift-configuration refused (a list of mappings, say); if it
            // found nothing, say what we can without quoting the file.
            let problems = walker.problems.isEmpty
                ? [FieldError(field: "config", reason: "the config file \(path) has values of a shape that cannot be read")]
                : walker.problems
            return Check(result: .failure(ConfigProblems(problems)), notes: [])
        }
        // An empty variable (`EHC_REVIEW_DIGEST_AT=`) is no override, rather than an empty value.
        let overrides = environment.filter { !$0.value.isEmpty }
        let reader = ConfigReader(providers: [
            EnvironmentVariablesProvider(environmentVariables: overrides)
                .prefixKeys(with: ConfigKey(ConfigSchema.environmentPrefix)),
            fileProvider,
        ])
        let variables = Dictionary(uniqueKeysWithValues: ConfigSchema.keys.map { ($0, ConfigSchema.environmentVariable(for: $0)) })
        let overriddenBy = variables.filter { overrides[$0.value] != nil }
        var decoder = ConfigDecoder(values: ConfigValues(reader: reader, nullKeys: walker.nullKeys),
                                    reported: walker.reportedKeys, purpose: purpose, overriddenBy: overriddenBy)
        let config = decoder.decode()
        // The file's own problems in the order they appear in it, then each key's in the schema's order.
        let order = Dictionary(uniqueKeysWithValues: ConfigSchema.keys.enumerated().map { ($1, $0) })
        let keyProblems = decoder.problems.enumerated()
            .sorted { (order[$0.element.field] ?? .max, $0.offset) < (order[$1.element.field] ?? .max, $1.offset) }
            .map(\.element)
        let problems = walker.problems + unknownVariables(in: overrides, known: Set(variables.values)) + keyProblems
        guard problems.isEmpty, let config else {
            return Check(result: .failure(ConfigProblems(problems)), notes: decoder.notes)
        }
        return Check(result: .success(config), notes: decoder.notes)
    }

    /// `EHC_REVIEW_*` variables that override no key: a misspelt override must not be ignored silently.
    static func unknownVariables(in environment: [String: String], known: Set<String>) -> [FieldError] {
        let prefix = ConfigSchema.environmentVariable(for: "")  // "EHC_REVIEW_"
        return environment.keys.filter { $0.hasPrefix(prefix) && !known.contains($0) && !otherVariables.contains($0) }
            .sorted().map { FieldError(field: $0, reason: "is not a setting of ehc-reviewd (the keys and their variables are in ehc-reviewd.yaml)") }
    }
}
