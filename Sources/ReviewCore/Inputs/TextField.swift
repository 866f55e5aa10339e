/// Checks for free text that may end up in a mail header, a subject or a log line.
///
/// CR and LF are refused outright, since one could inject a header into every message that quotes the
/// text; other control characters are refused because no name or reference needs them.
public enum TextField {
    /// `text` trimmed of surrounding spaces, or a ``FieldError`` naming `field`.
    public static func singleLine(_ text: String, field: String, maxLength: Int = 200) throws(FieldError) -> String {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw FieldError(field: field, reason: "must not be empty") }
        guard trimmed.count <= maxLength else {
            throw FieldError(field: field, reason: "must be at most \(maxLength) characters")
        }
        if trimmed.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw FieldError(field: field, reason: "must not contain a line break (CR or LF)")
        }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw FieldError(field: field, reason: "must not contain control characters")
        }
        return trimmed
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (Foundation-free); config
    /// values and API input may carry stray ones.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
