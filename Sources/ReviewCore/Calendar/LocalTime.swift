/// A wall-clock time of day (`HH:MM`, 24-hour) in the authority's `time_zone`, such as `digest.at`.
///
/// It exists so that the digest's time is checked once, when the config is loaded, and then carried as a
/// value that cannot be out of range: the scheduler asks ``LocalCalendar`` for the instant of
/// `hour:minute` on a given date and never parses text again.
///
/// ```swift
/// let at = try LocalTime(parsing: "06:30")   // 06:30
/// let late = try LocalTime(parsing: "7:00")  // a one-digit hour is accepted: 07:00
/// ```
/// `"24:00"`, `"07:60"`, `"0700"`, `"7:0"` and `"noon"` are refused with a ``FieldError`` naming the key.
public struct LocalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 0–23.
    public let hour: Int
    /// 0–59.
    public let minute: Int

    /// The time `hour:minute`, or a ``FieldError`` naming `field` when either is out of range.
    public init(hour: Int, minute: Int, field: String = "digest.at") throws(FieldError) {
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            throw FieldError(field: field, reason: "must be a time between 00:00 and 23:59")
        }
        self.init(unchecked: hour, minute)
    }

    /// Parses `H:MM` or `HH:MM` (00:00 to 23:59); anything else is a ``FieldError`` naming `field`.
    public init(parsing text: String, field: String = "digest.at") throws(FieldError) {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        let isDigits: (Substring) -> Bool = { $0.allSatisfy { ("0"..."9").contains($0) } }
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              isDigits(parts[0]), isDigits(parts[1]),
              let hour = Int(parts[0]), let minute = Int(parts[1])
        else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" is not a time of the form HH:MM (24-hour, e.g. 07:00)")
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" is not a time between 00:00 and 23:59")
        }
        self.init(unchecked: hour, minute)
    }

    /// 07:00, the default time of the nightly digest.
    public static let sevenAM = LocalTime(unchecked: 7, 0)

    init(unchecked hour: Int, _ minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Minutes since local midnight (0–1439).
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `HH:MM`, zero-padded, as written in the config file.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}

/// In JSON (API bodies, stored notice payloads) a time is its `HH:MM` text.
extension LocalTime: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try LocalTime(parsing: text, field: decoder.codingPath.last?.stringValue ?? "time")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
