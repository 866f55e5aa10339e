/// On which days an open deadline changes state, and which due dates change state in a span of days.
///
/// ``DeadlineState/of(due:done:asOf:statutory:dueSoonDays:)`` says what a deadline is on one day; the timer,
/// the transition log and the late lists need the same rule turned around — "which deadlines turned late
/// between Friday and today?", "when does anything next change?", "which due dates are late today?" — and
/// used to work it out for themselves in the store. This is that rule, in one place, and its tests check
/// it against `DeadlineState.of` day by day:
///
/// - an open statutory deadline turns `late` on the day after its due date;
/// - an open deadline turns `due_soon` `dueSoonDays` days before its due date (guidance turns `due_soon`
///   and, never being a breach, stays so);
/// - nothing else changes an open deadline's state with the passing of days.
///
/// ```swift
/// let clock = DeadlineClock(dueSoonDays: 14)
/// clock.dueDates(reaching: .late, after: friday, through: monday)  // the due dates Friday … Sunday
/// ```
public struct DeadlineClock: Sendable, Hashable {
    public let dueSoonDays: Int

    public init(dueSoonDays: Int) {
        self.dueSoonDays = dueSoonDays
    }

    public init(settings: RuleSettings) {
        self.init(dueSoonDays: settings.dueSoonDays)
    }

    /// The day an open deadline due on `due` reaches `state`: `late` (statutory only: guidance is never
    /// a breach, DESIGN §4) or `due_soon`. Any other state is not reached by the passing of days: `nil`.
    public func day(_ state: DeadlineState, for due: CivilDate, statutory: Bool = true) -> CivilDate? {
        switch state {
        case .late: statutory ? due.adding(days: 1) : nil
        case .dueSoon: due.adding(days: -dueSoonDays)
        case .pending, .done, .doneLate, .lapsed, .excepted: nil
        }
    }

    /// The due dates of the open deadlines that reach `state` on a day after `after` and up to `through`
    /// (both local dates), or `nil` when there are none (`through` not after `after`).
    public func dueDates(reaching state: DeadlineState, after: CivilDate, through: CivilDate)
        -> ClosedRange<CivilDate>?
    {
        guard after < through else { return nil }
        switch state {
        // Late on due + 1 ∈ (after, through]  ⇔  due ∈ [after, through - 1].
        case .late: return after...through.adding(days: -1)
        // Due soon on due - window ∈ (after, through]  ⇔  due ∈ [after + window + 1, through + window].
        case .dueSoon: return after.adding(days: dueSoonDays + 1)...through.adding(days: dueSoonDays)
        case .pending, .done, .doneLate, .lapsed, .excepted: return nil
        }
    }

    /// The day to treat as processed before the very first pass: the day before `today`, so that the
    /// first pass records today's changes only. What turned late before the daemon ever watched is
    /// history: late in every list, but not recorded as having turned late on a day nobody was told.
    public func watermarkBeforeFirstPass(today: CivilDate) -> CivilDate {
        today.adding(days: -1)
    }

    /// An open statutory deadline is late on `asOf` when it was due on or before this day.
    public func latestDueDateLate(on asOf: CivilDate) -> CivilDate {
        asOf.adding(days: -1)
    }

    /// Where to look for the next change after `date`: the earliest open due date on or after
    /// `lateFrom` turns late next, and the earliest on or after `dueSoonFrom` turns due soon next.
    public func nextChangeSearch(after date: CivilDate) -> (lateFrom: CivilDate, dueSoonFrom: CivilDate) {
        (lateFrom: date, dueSoonFrom: date.adding(days: dueSoonDays + 1))
    }

    /// The first day after `date` on which anything changes, given the earliest open due dates found from
    /// ``nextChangeSearch(after:)``'s two bounds and the earliest day after `date` on which an open deadline
    /// lapses (`nil`: none).
    public func firstChange(nextDueForLate: CivilDate?, nextDueForDueSoon: CivilDate?, nextLapse: CivilDate? = nil)
        -> CivilDate? {
        [nextDueForLate.flatMap { day(.late, for: $0) }, nextDueForDueSoon.flatMap { day(.dueSoon, for: $0) }, nextLapse]
            .compactMap { $0 }.min()
    }
}
