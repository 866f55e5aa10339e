/// Which due dates each list of a day's digest covers, from the rules: what is late that day, what falls
/// due in the fortnight starting that day, and the earliest advice date of a meeting still to come.
///
/// It exists so that the digest's queries ask the rules for their bounds rather than restating "late from
/// the day after", "two weeks before the meeting" or "14 days" in SQL.
public struct DigestWindow: Sendable, Hashable {
    public let date: CivilDate

    public init(date: CivilDate) {
        self.date = date
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
