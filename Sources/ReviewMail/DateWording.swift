import Foundation
import ReviewCore

/// Every date a message shows or carries, in one place: civil dates in words the UK way ("20 February
/// 2026"), the `Date:` header (RFC 5322, local time with its numeric offset) and iCalendar's forms.
///
/// Day arithmetic goes through ``CivilDate`` (no `Calendar`, no locale), so the output is the same on
/// every platform and in every locale the daemon runs with.
enum DateWording {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    private static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// "20 February 2026".
    static func words(_ date: CivilDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    private static let fullDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// "Monday 20 January 2027": a date written out for a family's message.
    static func long(_ date: CivilDate) -> String {
        fullDayNames[((date.dayNumber % 7) + 11) % 7] + " " + words(date)
    }

    /// "Thu 3 Dec 2026": a date in a table, with its weekday.
    static func short(_ date: CivilDate) -> String {
        let weekday = dayNames[((date.dayNumber % 7) + 11) % 7]
        return "\(weekday) \(date.day) \(monthNames[date.month - 1].prefix(3)) \(date.year)"
    }

    /// "Dec 2025": a month in a chart.
    static func monthShort(year: Int, month: Int) -> String {
        "\(monthNames[month - 1].prefix(3)) \(year)"
    }

    /// "Tue, 3 Feb 2026 09:15:00 +0000": the RFC 5322 date-time of `instant` in `timeZone`.
    static func rfc5322(_ instant: Date, in timeZone: TimeZone) -> String {
        let seconds = wholeSeconds(instant)
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) / 60 * 60
        let (day, secondOfDay) = split(seconds + Int64(offset))
        let date = CivilDate(dayNumber: day)
        let weekday = dayNames[((day % 7) + 11) % 7]   // 1970-01-01 (day 0) was a Thursday
        let month = String(monthNames[date.month - 1].prefix(3))
        let sign = offset < 0 ? "-" : "+"
        let offsetMinutes = abs(offset) / 60
        return "\(weekday), \(date.day) \(month) \(date.year) \(clock(secondOfDay, separator: ":")) "
            + sign + pad(offsetMinutes / 60) + pad(offsetMinutes % 60)
    }

    /// "20260220": an iCalendar `DATE` value.
    static func iCalendarDate(_ date: CivilDate) -> String {
        String(date.description.filter { $0 != "-" })
    }

    /// "20260203T091500Z": an iCalendar `DATE-TIME` in UTC.
    static func iCalendarUTC(_ instant: Date) -> String {
        let (day, secondOfDay) = split(wholeSeconds(instant))
        return iCalendarDate(CivilDate(dayNumber: day)) + "T" + clock(secondOfDay, separator: "") + "Z"
    }

    /// Whole seconds since 1970, rounded down (so an instant never shows a later second than it is in).
    static func wholeSeconds(_ instant: Date) -> Int64 {
        Int64(instant.timeIntervalSince1970.rounded(.down))
    }

    /// Days since 1970 and the second of that day, for seconds since 1970 (negative ones too).
    private static func split(_ seconds: Int64) -> (day: Int, secondOfDay: Int) {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (Int(day), Int(seconds - day * 86_400))
    }

    private static func clock(_ secondOfDay: Int, separator: String) -> String {
        [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60].map(pad).joined(separator: separator)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
