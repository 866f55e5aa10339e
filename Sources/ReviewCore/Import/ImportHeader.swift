/// The first record of an import file read as column names for one kind.
///
/// Files come from many systems, so the header is read leniently where that cannot mislead — any order,
/// any case, surrounding spaces, `Date of birth` for `date_of_birth`, trailing empty cells ignored — and
/// strictly where it could: a name that is not a column of the kind, a column named twice, a column with
/// no name before a named one, or a required column missing is each a problem on the header's line.
/// An unknown column is refused rather than skipped because it is usually a misspelling of a real one,
/// whose data would otherwise be dropped without a word.
struct ImportHeader<Column: ImportColumn>: Sendable {
    let line: Int
    /// The kind's columns, and where each is in a record (its first position, when it is named twice),
    /// side by side: looked up on every cell of every row, so a scan of a few enum cases, not a hash.
    private let columns = Array(Column.allCases)
    private var positions: [Int?]
    /// Every named header cell as written, by position, for problems about a cell of that position.
    private(set) var names: [String] = []
    /// Every problem of the header; empty when rows can be read against it.
    private(set) var problems: [ImportProblem] = []
    /// A required column is missing, so no row can be complete (the rows are still checked for the rest).
    private(set) var lacksRequiredColumn = false
    /// Some header cell is not a column of this kind.
    private(set) var hasUnknownColumn = false

    init(_ record: CSVRecord, kind: ImportKind) {
        line = record.line
        positions = Array(repeating: nil, count: columns.count)
        var cells = record.fields.map(\.trimmingSpaces)
        while cells.last?.isEmpty == true { cells.removeLast() }
        names = cells
        for problem in record.problems {
            problems.append(ImportProblem(line: problem.line, column: name(ofField: problem.field),
                                          reason: problem.reason))
        }
        for (position, cell) in cells.enumerated() {
            guard !cell.isEmpty else {
                problems.append(ImportProblem(
                    line: line, column: nil,
                    reason: "column \(spreadsheetColumn(position)) has no name: name it (\(Column.list)) or delete it"))
                continue
            }
            guard let column = Column.named(cell), let index = columns.firstIndex(of: column) else {
                hasUnknownColumn = true
                problems.append(ImportProblem(line: line, column: cell,
                                              reason: "is not a column of \(kind.rawValue): the columns are \(Column.list)"))
                continue
            }
            if let first = positions[index] {
                problems.append(ImportProblem(
                    line: line, column: cell,
                    reason: "is named twice in the header (columns \(spreadsheetColumn(first)) and "
                        + "\(spreadsheetColumn(position))): keep one"))
            } else {
                positions[index] = position
            }
        }
        for column in columns where column.isRequired && position(of: column) == nil {
            lacksRequiredColumn = true
            problems.append(ImportProblem(line: line, column: column.rawValue,
                                          reason: "is a required column of \(kind.rawValue) and the header does not have it"))
        }
    }

    /// How many columns the header names (trailing empty cells not counted).
    var width: Int { names.count }

    /// Where the column is in a record, or `nil` when the header does not name it.
    func position(of column: Column) -> Int? {
        columns.firstIndex(of: column).flatMap { positions[$0] }
    }

    /// The header's spelling of a field position, or its spreadsheet letter when the header names none.
    func name(ofField position: Int) -> String {
        position < names.count && !names[position].isEmpty ? names[position] : "column \(spreadsheetColumn(position))"
    }

    /// The header's spelling of a column, or its documented name when the header lacks it.
    func name(of column: Column) -> String {
        position(of: column).map { names[$0] } ?? column.rawValue
    }
}
