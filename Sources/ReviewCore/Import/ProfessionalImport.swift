/// A professionals file: one professional per row, keyed by email address (compared without regard to
/// case, as mail systems do), with the API's rules for names and addresses (``NewProfessional``).
///
/// `service` may be left empty for the role's usual service; `active` and `daily_digest` default to yes,
/// so that a plain staff list (email, name, role) is enough.
enum ProfessionalImport: ImportKindChecks {
    enum Column: String, ImportColumn {
        case email
        case name
        case role
        case service
        case active
        case dailyDigest = "daily_digest"

        var isRequired: Bool { self == .email || self == .name || self == .role }
    }

    static func check(_ cells: inout ImportCells<Column>, today: CivilDate) -> ImportChecked<Column> {
        let email = cells.value(.email, ImportParse.email)
        let name = cells.value(.name, ImportParse.name)
        let role = cells.value(.role, ImportChoice.roles.parse)
        let service = cells.value(.service, ImportChoice.services.parse)
        let active = cells.value(.active, ImportParse.boolean)
        let dailyDigest = cells.value(.dailyDigest, ImportParse.boolean)
        let key = email.value.map { ImportKey(value: $0.value.lowercased(), written: $0.value, column: Column.email) }
        guard let email = email.value, let name = name.value, let role = role.value,
              !service.isInvalid, !active.isInvalid, !dailyDigest.isInvalid else { return ImportChecked(key: key) }
        let row = ProfessionalImportRow(line: cells.line, email: email, name: name, role: role,
                                        service: service.value ?? role.usualService, active: active.value ?? true,
                                        dailyDigest: dailyDigest.value ?? true)
        return ImportChecked(row: .professional(row), key: key)
    }
}
