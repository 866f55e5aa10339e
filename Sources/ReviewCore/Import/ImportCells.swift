/// What one cell gave: nothing (empty, or its column absent), a value, or a problem already recorded.
///
/// Row rules that compare cells (a decision on or after its meeting) run only on `.value`s, so a cell that
/// is wrong is reported once, for itself, and not again by every rule that would have used it.
enum ImportCell<Value> {
    case empty
    case value(Value)
    case invalid

    var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }
}

/// One record's cells read against a header, collecting every problem of the row as each cell is read.
///
/// Each kind's checks ask for their cells by column and get an ``ImportCell``; the problems gathered here
/// (the record's own syntax problems, values beyond the header, each cell that does not parse, each row
/// rule broken) become the row's ``ImportItem/problems(_:)``, all of them at once.
struct ImportCells<Column: ImportColumn> {
    let header: ImportHeader<Column>
    let record: CSVRecord
    private(set) var problems: [ImportProblem] = []
    /// Field positions whose syntax was already reported; their text is not worth parsing. Nearly always
    /// empty, so an array: a set would hash on every cell of every row.
    private let unreadable: [Int]

    init(_ record: CSVRecord, header: ImportHeader<Column>) {
        self.header = header
        self.record = record
        unreadable = record.problems.map(\.field)
        for problem in record.problems {
            problems.append(ImportProblem(line: problem.line, column: header.name(ofField: problem.field),
                                          reason: problem.reason))
        }
        let beyond = record.fields.indices.dropFirst(header.width).filter { !record.fields[$0].isEmpty }
        if let first = beyond.first {
            let more = beyond.count > 1 ? " (and \(beyond.count - 1) more beyond it)" : ""
            problems.append(ImportProblem(
                line: record.line, column: nil,
                reason: "has a value in column \(spreadsheetColumn(first))\(more), after the last column the header "
                    + "names: \"\(record.fields[first])\"; a comma too many, or a value that needs quotes?"))
        }
    }

    var line: Int { record.line }

    /// The header's spelling of a column, for problems.
    func name(_ column: Column) -> String { header.name(of: column) }

    /// The cell's text, trimmed: `nil` when the column is absent or the cell empty or unreadable.
    func text(_ column: Column) -> String? {
        guard let position = header.position(of: column), position < record.fields.count,
              !unreadable.contains(position) else { return nil }
        let text = record.fields[position].trimmingSpaces
        return text.isEmpty ? nil : text
    }

    /// The cell parsed by `parse`, which is handed the trimmed text and the column's name. A required cell
    /// that is empty is a problem (unless the whole column is missing: the header reported that once).
    mutating func value<Value>(_ column: Column,
                               _ parse: (String, String) throws(FieldError) -> Value?) -> ImportCell<Value> {
        guard let position = header.position(of: column) else { return column.isRequired ? .invalid : .empty }
        if unreadable.contains(position) { return .invalid }
        guard let text = text(column) else {
            guard column.isRequired else { return .empty }
            problem(column, "is required and empty")
            return .invalid
        }
        do {
            guard let value = try parse(text, name(column)) else { return .empty }
            return .value(value)
        } catch {
            problems.append(ImportProblem(line: line, column: error.field, reason: error.reason))
            return .invalid
        }
    }

    /// A date cell that must not be after `today` (history cannot be in the future).
    mutating func pastDate(_ column: Column, today: CivilDate) -> ImportCell<CivilDate> {
        let cell = value(column) { text, field throws(FieldError) in try ImportDate.parse(text, field: field) }
        if let date = cell.value, date > today {
            problem(column, "\(text(column) ?? "") is after today (\(today)): it must be a date that has passed")
            return .invalid
        }
        return cell
    }

    mutating func problem(_ column: Column, _ reason: String) {
        problems.append(ImportProblem(line: line, column: name(column), reason: reason))
    }
}
