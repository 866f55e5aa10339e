/// When a child stops being of compulsory school age (Education Act 1996 s8(3)): the last Friday in June
/// of the school year in which they turn 16 — Year 11 (DESIGN §4). From the day after, they are a "young
/// person" (CFA 2014 s83(2)) and the messages the law gives the parent go to them instead.
public enum CompulsorySchoolAge {
    /// The last day of compulsory school age for `child`: the last Friday of June of their Year 11.
    public static func lastDay(of child: ChildFacts) -> CivilDate {
        let year = child.academicYear(whenIn: YearGroup(11)) + 1
        let thirtieth = CivilDate(unchecked: year, 6, 30)
        // dayNumber 0 (1 January 1970) was a Thursday: Friday is weekday 1 counted from Thursday.
        let weekday = ((thirtieth.dayNumber % 7) + 7) % 7
        return thirtieth.adding(days: -((weekday - 1 + 7) % 7))
    }

    /// Whether `child` is over compulsory school age on `date` (a young person).
    public static func isYoungPerson(_ child: ChildFacts, on date: CivilDate) -> Bool {
        date > lastDay(of: child)
    }
}
