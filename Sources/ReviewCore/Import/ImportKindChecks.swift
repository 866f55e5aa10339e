/// The checks of one import kind: its columns, how a row's cells become an ``ImportRow``, and the key that
/// must not repeat within a file.
///
/// Each kind is one small type (``ChildImport``, ``ProfessionalImport``, ``PlanImport``,
/// ``ContributorImport``), so what a children file means can be read in one place.
protocol ImportKindChecks {
    associatedtype Column: ImportColumn
    /// Reads every cell of the row (each problem goes into `cells`) and returns the row when every cell it
    /// needs has a value, with the row's key when the key's cells are valid.
    static func check(_ cells: inout ImportCells<Column>, today: CivilDate) -> ImportChecked<Column>
}

/// A row as one kind's checks read it: the row when it could be built, and its key for duplicates.
struct ImportChecked<Column: ImportColumn> {
    var row: ImportRow?
    var key: ImportKey<Column>?
}

/// What identifies a row within its file: `value` (and `second`, for a pair) as compared (an email
/// lower-cased), the same as written for a message, and the column a duplicate is reported on.
struct ImportKey<Column: ImportColumn> {
    var value: String
    var second: String?
    var written: String
    var secondWritten: String?
    var column: Column

    init(value: String, second: String? = nil, written: String, secondWritten: String? = nil, column: Column) {
        self.value = value
        self.second = second
        self.written = written
        self.secondWritten = secondWritten
        self.column = column
    }

    /// "EHC-1", or "EHC-1 with sam@nhs.example" for a pair; built only for a duplicate's message.
    var label: String { secondWritten.map { "\(written) with \($0)" } ?? written }
}

/// The cell parsers the kinds share, in the shape ``ImportCells/value(_:_:)`` takes, so that names, emails
/// and references are held to the same rules as in the API.
enum ImportParse {
    /// A plan or child reference: one line, 1–64 characters, as ``NewPlan`` checks it.
    static func reference(_ text: String, _ field: String) throws(FieldError) -> String? {
        try TextField.singleLine(text, field: field, maxLength: 64)
    }

    static func name(_ text: String, _ field: String) throws(FieldError) -> String? {
        try TextField.singleLine(text, field: field)
    }

    static func email(_ text: String, _ field: String) throws(FieldError) -> EmailAddress? {
        try EmailAddress(text, field: field)
    }

    static func date(_ text: String, _ field: String) throws(FieldError) -> CivilDate? {
        try ImportDate.parse(text, field: field)
    }

    static func boolean(_ text: String, _ field: String) throws(FieldError) -> Bool? {
        try ImportBoolean.parse(text, field: field)
    }

    /// An id given by the daemon (a stored document's): a whole number from 1.
    static func id(_ text: String, _ field: String) throws(FieldError) -> Int64? {
        guard text.allSatisfy({ ("0"..."9").contains($0) }), let id = Int64(text), id > 0 else {
            throw FieldError(field: field, reason: "\"\(text)\" is not an id (a whole number from 1)")
        }
        return id
    }
}
