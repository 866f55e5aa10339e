/// Which due dates each list of a day's digest covers, from the rules: what is late that day, what falls
/// due in the fortnight starting that day, what changed since the previous digest, and the earliest advice
/// date of a meeting still to come.
///
/// It exists so that the digest's queries ask the rules for their bounds rather than restating "late from
/// the day after", "two weeks before the meeting" or "14 days" in SQL.
public struct DigestWindow: Sendable, Hashable {
    public let date: CivilDate
    /// The date of the previous scheduled digest, if there was one before ``date``.
    public let previous: CivilDate?

    public init(date: CivilDate, previous: CivilDate? = nil) {
        self.date = date
        self.previous = previous.flatMap { $0 < date ? $0 : nil }
    }

    /// The days "what changed" covers: from the previous digest's date (a step recorded after that digest
    /// still carries its date) through ``date``; from the day before when there was no digest before.
    public var changedDays: ClosedRange<CivilDate> { (previous ?? date.adding(days: -1))...date }

    /// The due dates of open statutory deadlines that turned late after the previous digest's date and by
    /// ``date`` (``DeadlineClock``): the "new late" of the digest.
    public var newlyLateDue: ClosedRange<CivilDate>? {
        DeadlineClock(dueSoonDays: 0).dueDates(reaching: .late, after: changedDays.lowerBound, through: date)
    }

    /// Open statutory deadlines due on or before this day are late on ``date``.
    public var lateDueThrough: CivilDate { DeadlineClock(dueSoonDays: 0).latestDueDateLate(on: date) }

    /// The due dates listed as due soon: the ``DigestReport/lookaheadDays`` days starting with ``date``.
    public var dueSoon: ClosedRange<CivilDate> { date...date.adding(days: DigestReport.lookaheadDays - 1) }

    /// The seven days ending with ``date``, for "lapsed this week".
    public var week: ClosedRange<CivilDate> { date.adding(days: -6)...date }

    /// A meeting on or after ``date`` has its advice due on or after this day (reg 20(4)).
    public var earliestAdviceDue: CivilDate { AdviceRule.earliestDueOn(forMeetingsFrom: date) }
}
