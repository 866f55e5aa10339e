import Foundation

/// The `Date:` header's value (RFC 9110 §5.6.7 IMF-fixdate, `Wed, 02 Dec 2026 17:50:00 GMT`), formatted for
/// each answer.
///
/// It exists because Hummingbird's own application keeps a one-second timer to cache this string, which
/// wakes an idle daemon every second; the admin socket answers a few requests a minute, and formatting a
/// date takes microseconds.
enum HTTPDateHeader {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func value(for date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT") ?? .gmt
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekday = days[((parts.weekday ?? 1) - 1) % 7]
        let month = months[((parts.month ?? 1) - 1) % 12]
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d GMT", weekday, parts.day ?? 1, month, parts.year ?? 1970,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
