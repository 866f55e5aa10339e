/// A children file: one child per row, keyed by the case-management system's reference for the child
/// (`child_ref`), which plans files then use to say whose plan each is.
///
/// Names and the date of birth are held to the API's rules (``NewChild``): names are required single
/// lines, and the date of birth is not in the future nor more than 26 years back.
enum ChildImport: ImportKindChecks {
    enum Column: String, ImportColumn {
        case childRef = "child_ref"
        case givenName = "given_name"
        case familyName = "family_name"
        case dateOfBirth = "date_of_birth"
        case yearGroup = "year_group"
        case yearGroupFor = "year_group_for"

        var isRequired: Bool { self != .yearGroup && self != .yearGroupFor }
    }

    static func check(_ cells: inout ImportCells<Column>, today: CivilDate) -> ImportChecked<Column> {
        let childRef = cells.value(.childRef, ImportParse.reference)
        let givenName = cells.value(.givenName, ImportParse.name)
        let familyName = cells.value(.familyName, ImportParse.name)
        let dateOfBirth = cells.value(.dateOfBirth) { text, field throws(FieldError) -> CivilDate? in
            let date = try ImportDate.parse(text, field: field)
            try NewChild.checkDateOfBirth(date, today: today, field: field)
            return date
        }
        let yearGroup = cells.value(.yearGroup, ImportYearGroup.parse)
        let yearGroupFor = cells.value(.yearGroupFor) { text, field throws(FieldError) -> Int? in
            try AcademicYearName.parse(text, field: field)
        }
        let key = childRef.value.map { ImportKey(value: $0, written: $0, column: Column.childRef) }
        guard let childRef = childRef.value, let givenName = givenName.value, let familyName = familyName.value,
              let dateOfBirth = dateOfBirth.value, !yearGroup.isInvalid, !yearGroupFor.isInvalid else { return ImportChecked(key: key) }
        let row = ChildImportRow(line: cells.line, childRef: childRef, givenName: givenName, familyName: familyName,
                                 dateOfBirth: dateOfBirth, yearGroup: yearGroup.value, yearGroupFor: yearGroupFor.value)
        return ImportChecked(row: .child(row), key: key)
    }
}
