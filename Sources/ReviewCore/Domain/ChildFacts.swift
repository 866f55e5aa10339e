/// A year group recorded by hand for one academic year, for a child taught out of their chronological
/// year group; later years count on from it.
public struct YearGroupOverride: Sendable, Hashable, Codable {
    public var yearGroup: YearGroup
    /// The academic year (by its starting calendar year) in which the child was in `yearGroup`.
    public var academicYear: Int

    public init(yearGroup: YearGroup, academicYear: Int) {
        self.yearGroup = yearGroup
        self.academicYear = academicYear
    }
}

/// What the rules need to know about a child: the date of birth and any year-group override.
///
/// Names are deliberately absent: the law needs no name, and the less personal data the core
/// handles, the less it can leak.
public struct ChildFacts: Sendable, Hashable, Codable {
    public var dateOfBirth: CivilDate
    public var yearGroupOverride: YearGroupOverride?

    public init(dateOfBirth: CivilDate, yearGroupOverride: YearGroupOverride? = nil) {
        self.dateOfBirth = dateOfBirth
        self.yearGroupOverride = yearGroupOverride
    }

    /// The child's year group in academic year `year`: the override counted on, or the one derived
    /// from the date of birth.
    public func yearGroup(inAcademicYear year: Int) -> YearGroup {
        if let override = yearGroupOverride {
            return YearGroup(override.yearGroup.rawValue + (year - override.academicYear))
        }
        return AcademicCalendar.derivedYearGroup(bornOn: dateOfBirth, inAcademicYear: year)
    }

    /// The child's year group on `date`.
    public func yearGroup(on date: CivilDate) -> YearGroup {
        yearGroup(inAcademicYear: AcademicCalendar.academicYear(containing: date))
    }

    /// The academic year in which the child is in `group`.
    public func academicYear(whenIn group: YearGroup) -> Int {
        let reference = AcademicCalendar.academicYear(containing: dateOfBirth)
        return reference + (group.rawValue - yearGroup(inAcademicYear: reference).rawValue)
    }

    /// Age in completed years on `date`.
    public func age(on date: CivilDate) -> Int {
        AcademicCalendar.age(bornOn: dateOfBirth, on: date)
    }
}
