/// Reads a cell that names one value of a closed list (role, service, decision, transfer kind): the API's
/// own value (`speech_and_language_therapist`) or the words a person writes (`Speech and language
/// therapist`, `Speech & Language Therapist`, `social care`, `Primary to secondary`, `Secondary to post-16`).
///
/// Case, spaces, hyphens, underscores and `&`/`and` are ignored when comparing, so any spelling of the
/// same words matches and no spelling matches two values. A few abbreviations every SEN team uses
/// (`SALT`, `OT`, `EP`) are accepted too. A refused value is answered with every accepted value.
///
/// Each list is built once (``ImportChoice/roles`` and the others), since a plans file asks for two
/// choices on each of up to 640,000 rows.
public struct ImportChoice<Value: RawRepresentable & CaseIterable & Sendable>: Sendable where Value.RawValue == String {
    private let values: [String: Value]
    private let accepted: String

    public init(aliases: [String: Value] = [:]) {
        var values = aliases
        for value in Value.allCases {
            values[normalizedChoice(value.rawValue)] = value
            values[value.rawValue] = value  // the API's own spelling, found without normalising
        }
        self.values = values
        accepted = Value.allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// The value `text` names; `nil` for an empty cell. A ``FieldError`` names `field` and lists the
    /// accepted values otherwise.
    public func parse(_ text: String, field: String) throws(FieldError) -> Value? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        if let match = values[trimmed] ?? values[normalizedChoice(trimmed)] { return match }
        throw FieldError(field: field, reason: "\"\(trimmed)\" is not one of: \(accepted) (spaces instead of "
                         + "underscores and any case are fine)")
    }
}

extension ImportChoice where Value == ProfessionalRole {
    /// Roles, with the abbreviations SEN teams write in place of a role's name.
    public static let roles = ImportChoice(aliases: [
        "salt": .speechAndLanguageTherapist, "slt": .speechAndLanguageTherapist, "ot": .occupationalTherapist,
        "ep": .educationalPsychologist, "physio": .physiotherapist, "dco": .designatedClinicalOfficer,
        "sencaseofficer": .senCaseworker, "sencoordinator": .senco,
    ])
}

extension ImportChoice where Value == ServiceArea {
    public static let services = ImportChoice(aliases: ["care": .socialCare])
}

extension ImportChoice where Value == ReviewDecision {
    /// Decisions, also as past events ("maintained"), the way many systems record them.
    public static let decisions = ImportChoice(aliases: ["maintained": .maintain, "amended": .amend, "ceased": .cease])
}

extension ImportChoice where Value == PhaseTransferKind {
    public static let transferKinds = ImportChoice()
}

/// Lower case with `&` read as `and` and every space, hyphen and underscore removed.
func normalizedChoice(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.lowercased().unicodeScalars {
        switch scalar {
        case " ", "-", "_", "\t": continue
        case "&": result += "and"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
