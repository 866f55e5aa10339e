/// Checks for free text that may end up in a mail header, a subject or a log line.
///
/// CR and LF are refused outright, since one could inject a header into every message that quotes the
/// text; other control characters are refused because no name or reference needs them.
public enum TextField {
    /// `text` trimmed of surrounding spaces, or a ``FieldError`` naming `field`.
    public static func singleLine(_ text: String, field: String, maxLength: Int = 200) throws(FieldError) -> String {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw FieldError(field: field, reason: "must not be empty") }
        // A text has no more Characters than bytes, so a short one needs no walk over its Characters.
        guard trimmed.utf8.count <= maxLength || trimmed.count <= maxLength else {
            throw FieldError(field: field, reason: "must be at most \(maxLength) characters")
        }
        if trimmed.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw FieldError(field: field, reason: "must not contain a line break (CR or LF)")
        }
        // ASCII's control characters are 0x00–0x1F and 0x7F; only other scalars need the Unicode tables,
        // which cost more than everything else here (the CSV import checks every name of a file).
        if trimmed.unicodeScalars.contains(where: {
            $0.isASCII ? $0.value < 0x20 || $0.value == 0x7F : $0.properties.generalCategory == .control
        }) {
            throw FieldError(field: field, reason: "must not contain control characters")
        }
        return trimmed
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (Foundation-free); config
    /// values and API input may carry stray ones.
    public var trimmingSpaces: String {
        // Most text has nothing to trim; seeing that on the bytes spares a walk over Characters (the CSV
        // import trims every cell of every row).
        let isSpaceByte: (UInt8?) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if !isSpaceByte(utf8.first) && !isSpaceByte(utf8.last) { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
