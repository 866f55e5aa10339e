import ReviewCore
import Configuration

/// The raw text of each key, from the environment override if there is one, else from the file, read
/// through swift-configuration's `ConfigReader`.
///
/// It exists to keep swift-configuration at the edge: every value is read as text (a YAML `25` or
/// `07:00` keeps its spelling) and parsed by the checks with messages that name the key, so the env and
/// the file go through the same parsing. Keys already reported by ``YAMLKeyWalker`` read as absent, and
/// an empty or null value means "not set".
struct ConfigValues {
    let reader: ConfigReader
    let nullKeys: Set<String>

    /// The trimmed value of `key`, or `nil` when it is not set.
    func text(_ key: String) -> String? {
        guard let value = reader.string(forKey: ConfigKey(key))?.trimmingSpaces else { return nil }
        if value.isEmpty || (nullKeys.contains(key) && ["~", "null", "Null", "NULL"].contains(value)) {
            return nil
        }
        return value
    }

    /// The items of the list `key` (a YAML sequence, or comma-separated text in the environment or the
    /// file), trimmed, or `nil` when it is not set. An empty list is `[]`.
    func list(_ key: String) -> [String]? {
        if let items = reader.stringArray(forKey: ConfigKey(key)) {
            return items.map(\.trimmingSpaces)
        }
        guard let text = text(key) else { return nil }
        return text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
    }
}
