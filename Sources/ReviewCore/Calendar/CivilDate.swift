/// A day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Statutory deadlines are civil dates: "within 12 months starting with 14 March 2025" ends on a day,
/// not at an instant. Holding them as `Date` would invite off-by-one errors at midnight and across DST,
/// so the core works in `CivilDate` and only the edges turn instants into days (see ``LocalCalendar``).
///
/// ```swift
/// let issued = try CivilDate(iso: "2025-03-14")
/// issued.adding(days: 14)        // 2025-03-28
/// issued.description             // "2025-03-14"
/// ```
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or returns `nil` for an impossible one (`2026-02-30`, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date known to be real (a date the law names), without the check.
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else, or an impossible date, throws ``CivilDateError``.
    public init(iso text: String) throws(CivilDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            throw .malformed(text)
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else {
            throw .malformed(text)
        }
        guard let date = CivilDate(year: y, month: m, day: d) else { throw .impossible(text) }
        self = date
    }

    /// `YYYY-MM-DD`, the form used in the database, the API and every message.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Why a text is not a ``CivilDate``.
public enum CivilDateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not of the form `YYYY-MM-DD`.
    case malformed(String)
    /// Well formed but no such day, such as `2026-02-30`.
    case impossible(String)

    public var description: String {
        switch self {
        case .malformed(let text): return "\"\(text)\" is not a date of the form YYYY-MM-DD"
        case .impossible(let text): return "\(text) is not a day of the calendar"
        }
    }
}
