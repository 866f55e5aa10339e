public import ReviewCore

/// `POST /v1/children`.
public struct ChildCreate: Codable, Sendable, Hashable, KnownFields {
    public var givenName: String
    public var familyName: String
    public var dateOfBirth: CivilDate
    /// The year group now, when it differs from the one the date of birth gives.
    public var yearGroup: Int?
    /// The academic year `yearGroup` is true for ("2025/26"); the current one when absent.
    public var yearGroupFor: String?
    public static let fields: Set<String> = ["given_name", "family_name", "date_of_birth", "year_group", "year_group_for"]

    public init(givenName: String, familyName: String, dateOfBirth: CivilDate, yearGroup: Int? = nil,
                yearGroupFor: String? = nil) {
        self.givenName = givenName
        self.familyName = familyName
        self.dateOfBirth = dateOfBirth
        self.yearGroup = yearGroup
        self.yearGroupFor = yearGroupFor
    }
}

/// A child as the API shows it, with the year group in force on the day asked.
public struct ChildView: Codable, Sendable, Hashable {
    public var id: Int64
    public var givenName: String
    public var familyName: String
    public var dateOfBirth: CivilDate
    public var yearGroup: Int
    public var yearGroupOverridden: Bool
    /// The year group set by hand, as given, and the academic year it was given for ("2025/26").
    public var yearGroupGiven: Int?
    public var yearGroupFor: String?

    public init(_ child: Child, today: CivilDate) {
        id = child.id.rawValue
        givenName = child.givenName
        familyName = child.familyName
        dateOfBirth = child.dateOfBirth
        yearGroup = child.facts.yearGroup(on: today).rawValue
        yearGroupOverridden = child.yearGroupOverride != nil
        yearGroupGiven = child.yearGroupOverride?.yearGroup.rawValue
        yearGroupFor = child.yearGroupOverride.map { AcademicYearName.text($0.academicYear) }
    }
}
