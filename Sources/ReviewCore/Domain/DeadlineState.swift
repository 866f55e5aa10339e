/// Where a deadline stands on a given day. The raw values are part of the API contract.
public enum DeadlineState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not done, and more than the warning window away.
    case pending
    /// Not done, due within the warning window (or, for guidance, due or past due).
    case dueSoon = "due_soon"
    /// Done on or before its date.
    case done
    /// Done, but after its date.
    case doneLate = "done_late"
    /// Not done, and its date has passed.
    case late
    /// Missed and no longer doable: its meeting was held, its review decided, the move it prepared for made,
    /// or the plan ceased. Keeps the days it was late when it lapsed; it stays in the plan's history but in no
    /// late list, late count or digest late section (DESIGN §3).
    case lapsed
    /// A time limit disapplied by a recorded exception (SEND Regs 2014 regs 5(4), 8(2), 10(4), 13(3)): not
    /// late and not counted as late, and counted apart in the statutory figures (DESIGN §3).
    case excepted

    /// The one function that decides a state: from the due date, the date it was done (if it was done by
    /// `asOf`), the day we ask about, and whether the date is a legal duty.
    ///
    /// A deadline falls late only the day *after* its due date: the due date itself is still in time.
    /// Guidance (`statutory == false`) is never reported as a breach: past its date it stays `due_soon`,
    /// and done after its date it is simply `done` (DESIGN §4: "a guidance date is never reported as a
    /// breach").
    public static func of(due: CivilDate, done: CivilDate?, asOf: CivilDate, statutory: Bool,
                          dueSoonDays: Int) -> DeadlineState {
        if let done, done <= asOf {
            return done > due && statutory ? .doneLate : .done
        }
        if asOf > due { return statutory ? .late : .dueSoon }
        return asOf.days(until: due) <= dueSoonDays ? .dueSoon : .pending
    }

    /// Days past the due date: for `late`, up to `asOf`; for `done_late`, up to the day it was done;
    /// otherwise 0.
    public static func daysLate(due: CivilDate, done: CivilDate?, asOf: CivilDate, statutory: Bool) -> Int {
        guard statutory else { return 0 }
        if let done, done <= asOf { return max(0, due.days(until: done)) }
        return max(0, due.days(until: asOf))
    }
}
