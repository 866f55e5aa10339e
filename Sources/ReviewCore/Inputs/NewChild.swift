/// A child to be added, checked: names are single lines, the date of birth is real and not in the future
/// nor more than 26 years back (plans run to 25), and a year group is within ``YearGroup/recordable``.
///
/// A year group set by hand is true for one academic year (`yearGroupFor`, the current one unless given)
/// and counts on from there, so a Year 8 given in July for 2025/26 is Year 9 from September.
public struct NewChild: Sendable, Hashable {
    public let givenName: String
    public let familyName: String
    public let dateOfBirth: CivilDate
    /// The year group set by hand and the academic year it was given for, when it differs from the one the
    /// date of birth gives.
    public let yearGroupOverride: YearGroupOverride?

    /// The year group set by hand, if any.
    public var yearGroup: YearGroup? { yearGroupOverride?.yearGroup }

    public init(givenName: String, familyName: String, dateOfBirth: CivilDate, yearGroup: YearGroup? = nil,
                yearGroupFor academicYear: Int? = nil, today: CivilDate,
                fields: (yearGroup: String, yearGroupFor: String) = ("year_group", "year_group_for")) throws(FieldError) {
        self.givenName = try TextField.singleLine(givenName, field: "given_name")
        self.familyName = try TextField.singleLine(familyName, field: "family_name")
        try Self.checkDateOfBirth(dateOfBirth, today: today)
        self.dateOfBirth = dateOfBirth
        guard let yearGroup else {
            if academicYear != nil {
                throw FieldError(field: fields.yearGroupFor, reason: "says which academic year \(fields.yearGroup) "
                                 + "was given for: give \(fields.yearGroup) too, or leave both out")
            }
            self.yearGroupOverride = nil
            return
        }
        if !YearGroup.recordable.contains(yearGroup.rawValue) {
            throw FieldError(field: fields.yearGroup,
                             reason: "must be between \(YearGroup.recordable.lowerBound) and \(YearGroup.recordable.upperBound)")
        }
        let current = AcademicCalendar.academicYear(containing: today)
        let year = academicYear ?? current
        let born = AcademicCalendar.academicYear(containing: dateOfBirth)
        guard year <= current + 1 else {
            throw FieldError(field: fields.yearGroupFor, reason: "\(AcademicYearName.text(year)) has not begun: give this year "
                             + "(\(AcademicYearName.text(current))) or the next")
        }
        guard year >= born else {
            throw FieldError(field: fields.yearGroupFor, reason: "\(AcademicYearName.text(year)) is before the child was born")
        }
        self.yearGroupOverride = YearGroupOverride(yearGroup: yearGroup, academicYear: year)
    }

    /// A date of birth is not in the future nor more than 26 years back (plans run to 25): the API and the
    /// CSV import share this check, each naming the field its own way.
    public static func checkDateOfBirth(_ dateOfBirth: CivilDate, today: CivilDate,
                                        field: String = "date_of_birth") throws(FieldError) {
        guard dateOfBirth <= today else {
            throw FieldError(field: field, reason: "\(dateOfBirth) is in the future")
        }
        guard dateOfBirth > today.adding(months: -12 * 26) else {
            throw FieldError(field: field, reason: "\(dateOfBirth) is more than 26 years ago; EHC plans end at 25")
        }
    }
}

/// A child as stored. `yearGroupOverride` holds the override with the academic year it was given for.
public struct Child: Sendable, Hashable, Codable {
    public var id: ChildID
    public var givenName: String
    public var familyName: String
    public var dateOfBirth: CivilDate
    public var yearGroupOverride: YearGroupOverride?

    public init(id: ChildID, givenName: String, familyName: String, dateOfBirth: CivilDate,
                yearGroupOverride: YearGroupOverride?) {
        self.id = id
        self.givenName = givenName
        self.familyName = familyName
        self.dateOfBirth = dateOfBirth
        self.yearGroupOverride = yearGroupOverride
    }

    /// The facts the rules need, without the names.
    public var facts: ChildFacts { ChildFacts(dateOfBirth: dateOfBirth, yearGroupOverride: yearGroupOverride) }

    /// Initials only ("A. B."), the default way messages refer to a child.
    public var initials: String {
        ChildNaming.label(givenName: givenName, familyName: familyName, fullNames: false)
    }
}
