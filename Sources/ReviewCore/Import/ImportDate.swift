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
        // Read on bytes without allocating: a plans file has up to six dates a row.
        var numbers = (0, 0, 0), digits = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        var wellFormed = true
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let value = Int(byte - UInt8(ascii: "0"))
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + value; digits.0 += 1
                case 1: numbers.1 = numbers.1 * 10 + value; digits.1 += 1
                default: numbers.2 = numbers.2 * 10 + value; digits.2 += 1
                }
            case UInt8(ascii: "/"), UInt8(ascii: "-"):
                if separator == 0 { separator = byte }
                wellFormed = wellFormed && byte == separator && part < 2
                part += 1
            default:
                wellFormed = false
            }
            if !wellFormed || digits.0 > 4 || digits.1 > 2 || digits.2 > 4 { break }
        }
        wellFormed = wellFormed && part == 2 && digits.0 > 0 && digits.1 > 0 && digits.2 > 0
            && digits.0 <= 4 && digits.1 <= 2 && digits.2 <= 4
        // Built only when thrown: the message costs more than reading the date.
        func malformed(_ hint: String = "") -> FieldError {
            FieldError(field: field, reason: "\"\(trimmed)\" is not a date: write \(forms)\(hint)")
        }
        guard wellFormed else { throw malformed() }
        if separator == UInt8(ascii: "-") {
            guard digits == (4, 2, 2) else { throw malformed() }
            return try day(year: numbers.0, month: numbers.1, day: numbers.2, text: trimmed, field: field)
        }
        guard digits.0 <= 2 else { throw malformed() }
        guard digits.2 == 4 else { throw malformed(digits.2 == 2 ? " with a four-digit year" : "") }
        let (first, second, year) = numbers
        if second > 12, (1...12).contains(first) {
            throw FieldError(field: field, reason: "\(trimmed) looks like a US date (month first): write the day "
                             + "first, as \(second)/\(first < 10 ? "0" : "")\(first)/\(year)")
        }
        return try day(year: year, month: second, day: first, text: trimmed, field: field)
    }

    private static func day(year: Int, month: Int, day: Int, text: String, field: String) throws(FieldError) -> CivilDate {
        guard let date = CivilDate(year: year, month: month, day: day) else {
            throw FieldError(field: field, reason: "\(text) is not a day of the calendar")
        }
        return date
    }
}
