public import Foundation

/// Turns instants into civil dates and back in the authority's time zone (`time_zone`, usually
/// Europe/London), so that "today" and "the next local midnight" are right across DST changes.
///
/// On 2026-03-29 London's day has 23 hours and on 2026-10-25 it has 25: `startOfDay(_:)` and
/// `civilDate(of:)` account for both because they go through `Calendar` with the zone set.
public struct LocalCalendar: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The local date at `instant`.
    public func civilDate(of instant: Date) -> CivilDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CivilDate(unchecked: parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// The first instant of local date `date`.
    public func startOfDay(_ date: CivilDate) -> Date {
        instant(of: date, hour: 0, minute: 0)
    }

    /// The instant of `hour:minute` local time on `date`. A time that does not exist (inside the hour
    /// skipped in spring) moves forward to the first instant after the gap; a time that happens twice
    /// (the hour repeated in autumn) is its first occurrence.
    public func instant(of date: CivilDate, hour: Int, minute: Int) -> Date {
        // Noon exists on every day in every zone, so it finds the day; midnight can itself be skipped.
        let noon = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
            ?? Date(timeIntervalSince1970: TimeInterval(date.dayNumber) * 86_400)
        let dayStart = calendar.startOfDay(for: noon)
        if hour == 0 && minute == 0 { return dayStart }
        return calendar.nextDate(after: dayStart, matching: DateComponents(hour: hour, minute: minute),
                                 matchingPolicy: .nextTime, repeatedTimePolicy: .first, direction: .forward)
            ?? dayStart
    }
}
