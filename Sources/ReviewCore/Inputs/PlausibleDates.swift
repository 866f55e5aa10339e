/// The dates a record can plausibly carry, so that a typo (`0001-03-14`, `2205-01-10`) is refused naming
/// its field instead of turning into a deadline 2,000 years late.
///
/// The floor is law, not taste: EHC plans, their reviews and needs assessments exist from 1 September 2014,
/// when Part 3 of the Children and Families Act 2014 came into force (SI 2014/889, art. 7); nothing the
/// daemon records can have happened before it. The ceilings are practical: what has happened is not in the
/// future; a review meeting is booked within two years (the review itself is due within twelve months,
/// CFA 2014 s44(1)); a day to judge deadlines on or a planned transfer lies within 25 years (a plan runs
/// to 25 at most).
public enum PlausibleDates {
    /// 1 September 2014: Part 3 of the Children and Families Act 2014 in force.
    public static let partThreeInForce = CivilDate(uncheckedYear: 2014, month: 9, day: 1)

    /// An event, step or cancellation that has happened: from 1 September 2014 to today.
    public static func happened(_ date: CivilDate, field: String, today: CivilDate) throws(FieldError) {
        try notBeforePartThree(date, field: field)
        guard date <= today else { throw FieldError(field: field, reason: "\(date) is in the future") }
    }

    /// A review meeting, held or to come: from 1 September 2014 to two years after today.
    public static func meeting(_ date: CivilDate, field: String, today: CivilDate) throws(FieldError) {
        try notBeforePartThree(date, field: field)
        let latest = today.adding(months: 24)
        guard date <= latest else {
            throw FieldError(field: field, reason: "\(date) is more than two years ahead (after \(latest))")
        }
    }

    /// A day to look at (`as_of`, a census date, a phase transfer): from 1 September 2014 to 25 years ahead.
    public static func day(_ date: CivilDate, field: String, today: CivilDate) throws(FieldError) {
        try notBeforePartThree(date, field: field)
        let latest = today.adding(months: 12 * 25)
        guard date <= latest else {
            throw FieldError(field: field, reason: "\(date) is more than 25 years ahead (after \(latest))")
        }
    }

    private static func notBeforePartThree(_ date: CivilDate, field: String) throws(FieldError) {
        guard date >= partThreeInForce else {
            throw FieldError(field: field, reason: "\(date) is before 1 September 2014, when EHC plans began "
                                + "(Children and Families Act 2014, Part 3)")
        }
    }
}
