/// Checks the records of one file after its header, behind a face that does not depend on the kind, so
/// that ``ImportParser`` can hold any kind's checker.
protocol ImportRecordChecking: Sendable {
    /// The item for one record: its row, its problems, or `nil` when there is nothing to say (the row is
    /// fine but cannot be built because the header lacks a required column, already reported).
    mutating func check(_ record: CSVRecord) -> ImportItem?
}

/// One kind's checks over the rows of a file: reads each record against the header, adds the in-file
/// duplicate check, and turns the result into an ``ImportItem``.
struct ImportRecordChecker<Kind: ImportKindChecks>: ImportRecordChecking {
    let header: ImportHeader<Kind.Column>
    let today: CivilDate
    private var duplicates = ImportDuplicates()

    init(header: ImportHeader<Kind.Column>, today: CivilDate) {
        self.header = header
        self.today = today
    }

    mutating func check(_ record: CSVRecord) -> ImportItem? {
        var cells = ImportCells(record, header: header)
        let checked = Kind.check(&cells, today: today)
        if let key = checked.key, let first = firstLine(of: key, line: record.line) {
            cells.problem(key.column, "\(key.label) is also on line \(first)")
        }
        if !cells.problems.isEmpty { return .problems(cells.problems) }
        return checked.row.map(ImportItem.row)
    }

    /// The line `key` was first seen on, if it was; records it otherwise.
    private mutating func firstLine(of key: ImportKey<Kind.Column>, line: Int) -> Int? {
        if let second = key.second { return duplicates.record(key.value, second, line: line) }
        return duplicates.record(key.value, line: line)
    }
}

extension ImportKind {
    /// This kind's header read from `record`, with the checker for the rows after it.
    func checker(header record: CSVRecord, today: CivilDate) -> (checker: any ImportRecordChecking,
                                                                 problems: [ImportProblem]) {
        switch self {
        case .children: return make(ChildImport.self, record, today)
        case .professionals: return make(ProfessionalImport.self, record, today)
        case .plans: return make(PlanImport.self, record, today)
        case .contributors: return make(ContributorImport.self, record, today)
        case .contacts: return make(ContactImport.self, record, today)
        }
    }

    /// The documented column names of this kind, in order.
    public var columnNames: [String] {
        switch self {
        case .children: return ChildImport.Column.allCases.map(\.rawValue)
        case .professionals: return ProfessionalImport.Column.allCases.map(\.rawValue)
        case .plans: return PlanImport.Column.allCases.map(\.rawValue)
        case .contributors: return ContributorImport.Column.allCases.map(\.rawValue)
        case .contacts: return ContactImport.Column.allCases.map(\.rawValue)
        }
    }

    private func make<Kind: ImportKindChecks>(_ kind: Kind.Type, _ record: CSVRecord, _ today: CivilDate)
        -> (checker: any ImportRecordChecking, problems: [ImportProblem]) {
        let header = ImportHeader<Kind.Column>(record, kind: self)
        var problems = header.problems
        if header.hasUnknownColumn, let other = kindWhoseColumns(include: header.names) {
            problems.append(ImportProblem(line: header.line, column: nil,
                                          reason: "these are the columns of a \(other.rawValue) file: import it as "
                                              + "\(other.rawValue), not \(rawValue)"))
        }
        return (ImportRecordChecker<Kind>(header: header, today: today), problems)
    }

    /// Another kind that has a column for every named header cell: the file was given the wrong kind.
    private func kindWhoseColumns(include names: [String]) -> ImportKind? {
        let named = names.filter { !$0.isEmpty }.map(normalizedColumnName)
        return ImportKind.allCases.first { kind in
            kind != self && !named.isEmpty && named.allSatisfy(Set(kind.columnNames).contains)
        }
    }
}
