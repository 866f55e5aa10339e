import Foundation

/// Timestamps as an admin reads them: in the authority's `time_zone` (which the daemon names in its
/// `X-EHC-Time-Zone` header), to the second, with the zone's abbreviation — `2026-12-08 07:00:04 GMT`,
/// `2026-06-01 07:00:00 BST` — rather than the API's UTC (`…T06:00:00.000Z`).
///
/// Text that is not an RFC 3339 timestamp, or an answer from a daemon that does not name its zone, is
/// shown as it came.
struct LocalTimeText: Sendable {
    private let zone: TimeZone?

    init(zoneIdentifier: String?) {
        zone = zoneIdentifier.flatMap(TimeZone.init(identifier:))
    }

    init(_ response: AdminResponse) {
        self.init(zoneIdentifier: response.header("X-EHC-Time-Zone"))
    }

    /// `2026-12-08 07:00 GMT`: to the minute, where seconds would only crowd a table.
    func minutes(_ timestamp: String?) -> String {
        let full = text(timestamp)
        guard full.count > 19, full.dropFirst(16).first == ":" else { return full }
        return String(full.prefix(16)) + String(full.dropFirst(19))
    }

    func text(_ timestamp: String?) -> String {
        guard let timestamp else { return Words.none }
        guard let zone, let instant = Self.instant(timestamp) else { return timestamp }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        // en_GB names the UK's zones GMT and BST (`abbreviation(for:)` says "GMT+1" on Linux).
        let style: NSTimeZone.NameStyle = zone.isDaylightSavingTime(for: instant) ? .shortDaylightSaving : .shortStandard
        let abbreviation = zone.localizedName(for: style, locale: Locale(identifier: "en_GB"))
            ?? zone.abbreviation(for: instant) ?? zone.identifier
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) \(abbreviation)"
    }

    private static func instant(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
    }
}
