/// Reads a cell that names one value of a closed list (role, service, decision, transfer kind): the API's
/// own value (`speech_and_language_therapist`) or the words a person writes (`Speech and language
/// therapist`, `Speech & Language Therapist`, `social care`, `Primary to secondary`, `Secondary to post-16`).
///
/// Case, spaces, hyphens, underscores and `&`/`and` are ignored when comparing, so any spelling of the
/// same words matches and no spelling matches two values. A few abbreviations every SEN team uses
/// (`SALT`, `OT`, `EP`) are accepted too. A refused value is answered with every accepted value.
public enum ImportChoice {
    /// The value of `T` that `text` names; `nil` for an empty cell. A ``FieldError`` names `field` and lists
    /// the accepted values otherwise.
    public static func parse<T: RawRepresentable & CaseIterable>(
        _ text: String, as type: T.Type, field: String, aliases: [String: T] = [:]
    ) throws(FieldError) -> T? where T.RawValue == String {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        let key = normalized(trimmed)
        if let match = T.allCases.first(where: { normalized($0.rawValue) == key }) { return match }
        if let match = aliases[key] { return match }
        let accepted = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw FieldError(field: field, reason: "\"\(trimmed)\" is not one of: \(accepted) (spaces instead of "
                         + "underscores and any case are fine)")
    }

    /// Lower case with `&` read as `and` and every space, hyphen and underscore removed.
    static func normalized(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            switch character {
            case " ", "-", "_", "\t": continue
            case "&": result += "and"
            default: result.append(character)
            }
        }
        return result
    }
}

extension ProfessionalRole {
    /// Abbreviations SEN teams write in place of the role's name, keyed as ``ImportChoice`` compares.
    static let importAliases: [String: ProfessionalRole] = [
        "salt": .speechAndLanguageTherapist, "slt": .speechAndLanguageTherapist, "ot": .occupationalTherapist,
        "ep": .educationalPsychologist, "physio": .physiotherapist, "dco": .designatedClinicalOfficer,
        "sencaseofficer": .senCaseworker, "sencoordinator": .senco,
    ]
}

extension ReviewDecision {
    /// A decision as a past event ("maintained"), the way many systems record it.
    static let importAliases: [String: ReviewDecision] = [
        "maintained": .maintain, "amended": .amend, "ceased": .cease,
    ]
}
