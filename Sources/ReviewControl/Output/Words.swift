import ReviewCore

/// How single values read in the CLI's text output: dates as `YYYY-MM-DD`, absent values as `-`,
/// booleans as `yes`/`no`, API enums by their raw value (the words the API and the docs use).
enum Words {
    static let none = "-"

    static func date(_ date: CivilDate?) -> String { date?.description ?? none }

    static func text(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return none }
        return text
    }

    static func number<Value: BinaryInteger>(_ value: Value?) -> String { value.map { "\($0)" } ?? none }

    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    static func raw<Value: RawRepresentable>(_ value: Value?) -> String where Value.RawValue == String {
        value?.rawValue ?? none
    }

    /// The hint that fetches the next page (`more: --after 120`), or nothing on the last page.
    static func more(_ option: String, _ value: (some CustomStringConvertible)?) -> String {
        guard let value else { return "" }
        return "more: \(option) \(value)\n"
    }

    /// The lines to print for an empty list.
    static func empty(_ what: String) -> String { "no \(what)\n" }
}
