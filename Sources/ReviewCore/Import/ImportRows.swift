/// What can be imported from CSV (issue 7), one kind per file: `ehc-reviewctl import KIND FILE`.
public enum ImportKind: String, Sendable, Hashable, Codable, CaseIterable {
    case children
    case professionals
    case plans
    case contributors
    case contacts
}

/// One problem with an import file: where (the physical line the record starts on, 1 = the header, and
/// the column's header name when it concerns one field) and why, in words a caseworker can act on.
///
/// An import reports every problem of every row, not only the first, and writes nothing when there is one.
public struct ImportProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public var line: Int
    /// The column's name as the file's header spells it; `nil` for the whole row or file.
    public var column: String?
    public var reason: String

    public init(line: Int, column: String?, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// "line 7, date_of_birth: 31/02/2015 is not a day of the calendar".
    public var description: String {
        "line \(line)" + (column.map { ", \($0)" } ?? "") + ": " + reason
    }
}

/// A child, keyed by the case-management system's own reference for the child (`child_ref`).
public struct ChildImportRow: Sendable, Hashable {
    public var line: Int
    public var childRef: String
    public var givenName: String
    public var familyName: String
    public var dateOfBirth: CivilDate
    /// Overrides the year group derived from the date of birth.
    public var yearGroup: YearGroup?
    /// The academic year `yearGroup` was given for (``AcademicYearName``); the import's own when absent.
    public var yearGroupFor: Int?

    public init(line: Int, childRef: String, givenName: String, familyName: String, dateOfBirth: CivilDate,
                yearGroup: YearGroup?, yearGroupFor: Int? = nil) {
        self.line = line
        self.childRef = childRef
        self.givenName = givenName
        self.familyName = familyName
        self.dateOfBirth = dateOfBirth
        self.yearGroup = yearGroup
        self.yearGroupFor = yearGroupFor
    }
}

/// A professional, keyed by email address (case-insensitive).
public struct ProfessionalImportRow: Sendable, Hashable {
    public var line: Int
    public var email: EmailAddress
    public var name: String
    public var role: ProfessionalRole
    /// The role's usual service when the column is empty.
    public var service: ServiceArea
    public var active: Bool
    public var dailyDigest: Bool

    public init(line: Int, email: EmailAddress, name: String, role: ProfessionalRole, service: ServiceArea, active: Bool,
                dailyDigest: Bool) {
        self.line = line
        self.email = email
        self.name = name
        self.role = role
        self.service = service
        self.active = active
        self.dailyDigest = dailyDigest
    }
}

/// A plan and its history as the case-management system holds it, keyed by the plan `reference`.
public struct PlanImportRow: Sendable, Hashable {
    public var line: Int
    public var reference: String
    public var childRef: String
    public var firstIssuedOn: CivilDate?
    /// The last annual review meeting held, and the decision that concluded it (both or neither decided).
    public var lastReviewMeetingOn: CivilDate?
    public var lastDecisionOn: CivilDate?
    public var lastDecision: ReviewDecision?
    /// The notice of proposed amendments after the last review (Reg 22(2)), when the decision was `amend`.
    public var amendmentNoticeOn: CivilDate?
    /// The amended plan issued after that notice (Reg 22(3)), when it has been.
    public var amendedFinalOn: CivilDate?
    public var nextTransfer: PhaseTransfer?
    /// The stored document of the plan's current version (its latest final or amended final).
    public var currentDocumentID: Int64?

    public init(line: Int, reference: String, childRef: String, firstIssuedOn: CivilDate?, lastReviewMeetingOn: CivilDate?,
                lastDecisionOn: CivilDate?, lastDecision: ReviewDecision?, amendmentNoticeOn: CivilDate?,
                amendedFinalOn: CivilDate? = nil, nextTransfer: PhaseTransfer?, currentDocumentID: Int64? = nil) {
        self.currentDocumentID = currentDocumentID
        self.amendedFinalOn = amendedFinalOn
        self.line = line
        self.reference = reference
        self.childRef = childRef
        self.firstIssuedOn = firstIssuedOn
        self.lastReviewMeetingOn = lastReviewMeetingOn
        self.lastDecisionOn = lastDecisionOn
        self.lastDecision = lastDecision
        self.amendmentNoticeOn = amendmentNoticeOn
        self.nextTransfer = nextTransfer
    }
}

/// A professional contributing to a plan: the plan's reference and the professional's email.
public struct ContributorImportRow: Sendable, Hashable {
    public var line: Int
    public var planReference: String
    public var professionalEmail: EmailAddress

    public init(line: Int, planReference: String, professionalEmail: EmailAddress) {
        self.line = line
        self.planReference = planReference
        self.professionalEmail = professionalEmail
    }
}

/// A family contact of the child with the case-management system's reference `childRef`, checked by the
/// API's own rules.
public struct ContactImportRow: Sendable, Hashable {
    public var line: Int
    public var childRef: String
    public var contact: NewContact

    public init(line: Int, childRef: String, contact: NewContact) {
        self.line = line
        self.childRef = childRef
        self.contact = contact
    }
}

/// One checked row of an import file.
public enum ImportRow: Sendable, Hashable {
    case child(ChildImportRow)
    case professional(ProfessionalImportRow)
    case plan(PlanImportRow)
    case contributor(ContributorImportRow)
    case contact(ContactImportRow)
}
