/// An academic year as schools write it: "2025/26" (also "2025-26", "2025/2026" or "2025"), named by the
/// calendar year it starts in, as ``AcademicCalendar`` counts. It exists so that a year group set by hand
/// says which year it was true for, and counts on from there in the years after (a Year 8 given for 2025/26
/// is Year 9 in 2026/27), whatever day it was posted.
public enum AcademicYearName {
    /// "2025/26" for 2025.
    public static func text(_ year: Int) -> String {
        let next = (year + 1) % 100
        return "\(year)/\(next < 10 ? "0" : "")\(next)"
    }

    /// The academic year `text` names, or a ``FieldError`` naming `field` that lists the forms accepted.
    public static func parse(_ text: String, field: String) throws(FieldError) -> Int {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        let invalid = FieldError(field: field, reason: "\"\(trimmed)\" is not an academic year: write it as 2025/26, "
                                 + "2025-26 or 2025/2026 (the year from 1 September 2025 to 31 August 2026)")
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count == 4, let start = Int(parts[0]) else { throw invalid }
        if parts.count == 2 {
            let end = parts[1]
            guard let value = Int(end) else { throw invalid }
            let matches = end.count == 2 ? value == (start + 1) % 100 : end.count == 4 && value == start + 1
            guard matches else {
                throw FieldError(field: field, reason: "\"\(trimmed)\" is not an academic year: the second year must follow "
                                 + "the first (\(Self.text(start)))")
            }
        }
        return start
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
