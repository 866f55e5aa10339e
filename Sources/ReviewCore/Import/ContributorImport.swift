/// A contributors file: who contributes to which plan, one pair per row (plan reference, professional's
/// email). The same pair twice in one file is a duplicate; whether the plan and the professional exist is
/// for the store to say, since only the database knows.
enum ContributorImport: ImportKindChecks {
    enum Column: String, ImportColumn {
        case planReference = "plan_reference"
        case professionalEmail = "professional_email"

        var isRequired: Bool { true }
    }

    static func check(_ cells: inout ImportCells<Column>, today: CivilDate) -> ImportChecked<Column> {
        let reference = cells.value(.planReference, ImportParse.reference)
        let email = cells.value(.professionalEmail, ImportParse.email)
        guard let reference = reference.value, let email = email.value else { return ImportChecked() }
        let key = ImportKey(value: reference, second: email.value.lowercased(), written: reference,
                            secondWritten: email.value, column: Column.planReference)
        let row = ContributorImportRow(line: cells.line, planReference: reference, professionalEmail: email)
        return ImportChecked(row: .contributor(row), key: key)
    }
}
