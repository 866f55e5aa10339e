public import Foundation

/// When the nightly digest of a local date falls due (DESIGN §2): once per local calendar date of
/// `time_zone`, at or after `digest.at`, and after downtime one catch-up digest rather than one per
/// missed day.
///
/// It exists so that every timing rule lives in one pure type: it takes instants and the last date a
/// scheduled digest was recorded for, and gives back a date or an instant — no clock, no I/O. The daemon
/// records each digest under its date in the database, which makes a second one for that date impossible;
/// this type decides only *which* date is due.
///
/// The rules, with `L` the latest date whose digest moment has passed (today once `at` has passed on this
/// local date, yesterday before that):
/// - a digest is due for `L` when the last one recorded is for a date before `L`;
/// - on a first start (nothing ever recorded), only today's, and only once `at` has passed;
/// - a time inside the hour skipped in spring (01:30 on 2026-03-29 in London) falls due at the first
///   instant after the gap (02:00 BST); a time inside the repeated autumn hour, at its first occurrence.
///
/// So a restart, a DST change or the clock jumping back cannot give a date two digests, and a clock that
/// jumps forward or a daemon that was down for a week gives one digest, for the latest date.
public struct DigestSchedule: Sendable {
    public let at: LocalTime
    public let calendar: LocalCalendar

    public init(at: LocalTime, calendar: LocalCalendar) {
        self.at = at
        self.calendar = calendar
    }

    /// The instant the digest of `date` falls due.
    public func moment(of date: CivilDate) -> Date {
        calendar.instant(of: date, hour: at.hour, minute: at.minute)
    }

    /// The latest date whose digest moment is at or before `now`.
    public func latestPassedDate(at now: Date) -> CivilDate {
        let today = calendar.civilDate(of: now)
        return now >= moment(of: today) ? today : today.adding(days: -1)
    }

    /// The date whose scheduled digest should go out at `now`, or `nil` when none is due. `lastRecorded`
    /// is the latest date a scheduled digest was recorded for (`nil` when none ever was).
    public func dateDue(at now: Date, lastRecorded: CivilDate?) -> CivilDate? {
        let latest = latestPassedDate(at: now)
        guard let lastRecorded else {
            // A first start owes no digest for a day the service was not running.
            return latest == calendar.civilDate(of: now) ? latest : nil
        }
        return lastRecorded < latest ? latest : nil
    }

    /// When the next scheduled digest falls due after `now`: `now` itself when one is due already,
    /// otherwise the moment of the first date after both `lastRecorded` and the dates already passed.
    public func nextMoment(after now: Date, lastRecorded: CivilDate?) -> Date {
        if dateDue(at: now, lastRecorded: lastRecorded) != nil { return now }
        var date = latestPassedDate(at: now).adding(days: 1)
        if let lastRecorded, date <= lastRecorded { date = lastRecorded.adding(days: 1) }
        return moment(of: date)
    }
}
