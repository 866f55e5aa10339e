import Foundation
import ReviewCore

/// The `VTIMEZONE` component (RFC 5545 §3.6.5) that a timed meeting's `DTSTART;TZID=…` refers to, built
/// from the system's time-zone database for the authority's `time_zone`.
///
/// Outlook and other clients need the zone's rules in the invitation itself to put a 10:00 meeting at
/// 10:00 local time in both GMT and BST. For a zone with daylight saving the two yearly changes are
/// written as `RRULE`s (`FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` for the last Sunday of March, as Outlook writes
/// them), derived from the changes in the meeting's year; a zone without changes gets one `STANDARD`
/// observance. The rules are those in force in the meeting's year, which is all a single meeting needs.
struct ICalendarTimeZone: Sendable, Hashable {
    /// One observance: the change into it (local wall time before the change), the offsets around it,
    /// the zone's abbreviation in it, and the yearly rule when it repeats.
    struct Observance: Sendable, Hashable {
        var daylight: Bool
        var startDate: CivilDate
        var startHour: Int
        var startMinute: Int
        var offsetFrom: Int
        var offsetTo: Int
        var name: String
        var rule: String?
    }

    let identifier: String
    let observances: [Observance]

    /// The zone's rules around `instant` (the meeting).
    init(_ zone: TimeZone, around instant: Date) {
        identifier = zone.identifier
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? zone
        let year = calendar.component(.year, from: instant)
        // The changes from the start of the meeting's year up to one year on: both of that year's changes.
        let from = calendar.date(from: DateComponents(year: year, month: 1, day: 1)) ?? instant
        var changes: [Date] = []
        var cursor = from
        while changes.count < 2, let next = zone.nextDaylightSavingTimeTransition(after: cursor),
              next < from.addingTimeInterval(366 * 86_400) {
            changes.append(next)
            cursor = next
        }
        guard !changes.isEmpty else {
            let offset = zone.secondsFromGMT(for: instant)
            observances = [Observance(daylight: false, startDate: CivilDate(dayNumber: 0), startHour: 0, startMinute: 0,
                                      offsetFrom: offset, offsetTo: offset, name: Self.name(zone, at: instant, daylight: false),
                                      rule: nil)]
            return
        }
        observances = changes.map { change in
            let before = zone.secondsFromGMT(for: change.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: change)
            // The change happens at this local wall-clock time, read on the clock that was running before it.
            let local = change.addingTimeInterval(TimeInterval(before))
            let parts = calendar.dateComponents([.hour, .minute], from: local)
            let date = CivilDate(dayNumber: Int((local.timeIntervalSince1970 / 86_400).rounded(.down)))
            let daylight = zone.isDaylightSavingTime(for: change)
            return Observance(daylight: daylight, startDate: date, startHour: parts.hour ?? 0, startMinute: parts.minute ?? 0,
                              offsetFrom: before, offsetTo: after, name: Self.name(zone, at: change, daylight: daylight),
                              rule: Self.yearlyRule(date))
        }
    }

    /// `VTIMEZONE` … `END:VTIMEZONE`, unfolded content lines.
    var lines: [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + identifier]
        for observance in observances {
            let kind = observance.daylight ? "DAYLIGHT" : "STANDARD"
            lines.append("BEGIN:" + kind)
            lines.append("DTSTART:" + DateWording.iCalendarDate(observance.startDate) + "T"
                + Self.two(observance.startHour) + Self.two(observance.startMinute) + "00")
            lines.append("TZOFFSETFROM:" + Self.offset(observance.offsetFrom))
            lines.append("TZOFFSETTO:" + Self.offset(observance.offsetTo))
            lines.append("TZNAME:" + ICalendarInvitation.text(observance.name))
            if let rule = observance.rule { lines.append("RRULE:" + rule) }
            lines.append("END:" + kind)
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` for the last Sunday of March, `…;BYDAY=2SU` for the second.
    static func yearlyRule(_ date: CivilDate) -> String {
        let weekdays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
        let weekday = weekdays[((date.dayNumber % 7) + 11) % 7]
        let isLast = date.day + 7 > CivilDate.daysIn(month: date.month, year: date.year)
        let ordinal = isLast ? "-1" : String((date.day - 1) / 7 + 1)
        return "FREQ=YEARLY;BYMONTH=\(date.month);BYDAY=\(ordinal)\(weekday)"
    }

    /// `+0100`, `-0500`, `+0530`.
    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + two(minutes / 60) + two(minutes % 60)
    }

    /// The zone's usual short name (GMT, BST, CET), or the numeric offset when the system knows none.
    private static func name(_ zone: TimeZone, at instant: Date, daylight: Bool) -> String {
        zone.localizedName(for: daylight ? .shortDaylightSaving : .shortStandard, locale: Locale(identifier: "en_GB"))
            ?? offset(zone.secondsFromGMT(for: instant))
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
