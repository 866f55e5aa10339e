import Foundation

/// Instants are stored as RFC 3339 UTC text with milliseconds (`2026-11-29T07:00:00.000Z`): fixed width,
/// so they sort as text, and readable in `sqlite3` during an incident.
enum Timestamp {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    static func text(_ date: Date) -> String { date.formatted(style) }

    static func date(_ text: String) throws -> Date {
        try style.parse(text)
    }
}
