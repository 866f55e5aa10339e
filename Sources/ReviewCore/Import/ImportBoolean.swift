/// Reads a yes/no cell the ways spreadsheets and exports write one: `yes`/`no`, `true`/`false`, `y`/`n`,
/// `1`/`0`, in any case. It exists so that `active` and `daily_digest` accept what an authority's system
/// already writes, and an empty cell keeps the column's default rather than meaning "no".
public enum ImportBoolean {
    static let accepted = "yes, no, true, false, y, n, 1 or 0"

    /// The value of `text` (trimmed); `nil` for an empty cell. A ``FieldError`` names `field` otherwise.
    public static func parse(_ text: String, field: String) throws(FieldError) -> Bool? {
        switch text.trimmingSpaces.lowercased() {
        case "": return nil
        case "yes", "true", "y", "1": return true
        case "no", "false", "n", "0": return false
        default: throw FieldError(field: field, reason: "\"\(text.trimmingSpaces)\" is not yes or no: write \(accepted)")
        }
    }
}
