/// Reads a date cell as the files of English authorities write them: ISO `2025-03-14`, or the UK's
/// `14/03/2025` (also `14/3/2025`). Anything else is refused with a reason a caseworker can act on.
///
/// It exists because a date that is read wrongly is worse than one refused: `03/04/2025` must never quietly
/// become 4 March. Day-first is the only slashed order accepted; a value that can only be month-first
/// (`12/31/2015`) is named as a US date rather than read either way, and two-digit years are refused
/// because `15` could be 1915 or 2015 for a person born a century ago or a plan issued last year.
public enum ImportDate {
    /// The accepted forms, as error messages show them.
    public static let forms = "dd/mm/yyyy (14/03/2025) or yyyy-mm-dd (2025-03-14)"

    /// The date in `text` (trimmed), or a ``FieldError`` naming `field`.
    public static func parse(_ text: String, field: String) throws(FieldError) -> CivilDate {
        let trimmed = text.trimmingSpaces
        let bytes = Array(trimmed.utf8)
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-") {
            do {
                return try CivilDate(iso: trimmed)
            } catch {
                throw FieldError(field: field, reason: reason(for: error, text: trimmed))
            }
        }
        let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count == 3, let first = number(parts[0], digits: 1...2), let second = number(parts[1], digits: 1...2)
        else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" is not a date: write \(forms)")
        }
        guard let year = number(parts[2], digits: 4...4) else {
            let hint = number(parts[2], digits: 2...2) != nil ? " with a four-digit year" : ""
            throw FieldError(field: field, reason: "\"\(trimmed)\" is not a date: write \(forms)\(hint)")
        }
        if second > 12, (1...12).contains(first) {
            throw FieldError(field: field, reason: "\(trimmed) looks like a US date (month first): write the day "
                             + "first, as \(second)/\(first < 10 ? "0" : "")\(first)/\(year)")
        }
        guard let date = CivilDate(year: year, month: second, day: first) else {
            throw FieldError(field: field, reason: "\(trimmed) is not a day of the calendar")
        }
        return date
    }

    private static func reason(for error: CivilDateError, text: String) -> String {
        switch error {
        case .impossible: return "\(text) is not a day of the calendar"
        case .malformed: return "\"\(text)\" is not a date: write \(forms)"
        }
    }

    /// The decimal number made of `digits` ASCII digits, or `nil`.
    private static func number(_ bytes: ArraySlice<UInt8>, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
