/// The columns of one import kind, as an enum whose raw values are the documented column names
/// (`child_ref`, `date_of_birth`). Each kind's checks read cells through its own enum, so a misspelt
/// column name is a compile error rather than a cell that is silently always empty.
protocol ImportColumn: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// A required column must be in the header and filled in on every row.
    var isRequired: Bool { get }
}

extension ImportColumn {
    /// The column a header cell names: case, surrounding spaces, and spaces or hyphens for underscores do
    /// not matter (`Date of birth` is `date_of_birth`).
    static func named(_ headerCell: String) -> Self? {
        let key = normalizedColumnName(headerCell)
        return allCases.first { $0.rawValue == key }
    }

    /// "child_ref, given_name, …", for messages about the header.
    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A header cell as a column name: trimmed, lower case, spaces and hyphens as underscores.
func normalizedColumnName(_ text: String) -> String {
    String(text.trimmingSpaces.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
}

/// The spreadsheet letter of a 0-based column position (0 → A, 26 → AA), so that a message about a column
/// with no usable name still points at it the way a person looking at the sheet sees it.
func spreadsheetColumn(_ index: Int) -> String {
    var letters = ""
    var rest = index + 1
    while rest > 0 {
        let remainder = (rest - 1) % 26
        letters = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(remainder))) + letters
        rest = (rest - 1) / 26
    }
    return letters
}
