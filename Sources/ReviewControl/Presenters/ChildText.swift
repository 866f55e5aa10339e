import ReviewAPI
import ReviewCore

/// A child's record and the confirmation of a new one.
enum ChildText {
    static func show(_ child: ChildView) -> String {
        KeyValueList([
            .init("id", String(child.id)),
            .init("given name", child.givenName),
            .init("family name", child.familyName),
            .init("date of birth", child.dateOfBirth.description),
            .init("year group", yearGroup(child)),
        ]).render()
    }

    static func added(_ child: ChildView) -> String {
        "added child \(child.id) (\(child.givenName) \(child.familyName), born \(child.dateOfBirth), "
            + "\(yearGroup(child)))\n"
    }

    /// `Year 9`, `Reception`, with `(set by hand: Year 8 in 2025/26)` when the record overrides the date of birth.
    static func yearGroup(_ child: ChildView) -> String {
        let name = YearGroup(child.yearGroup).description
        guard child.yearGroupOverridden else { return name }
        guard let given = child.yearGroupGiven, let year = child.yearGroupFor else { return name + " (set by hand)" }
        return name + " (set by hand: \(YearGroup(given)) in \(year))"
    }
}
