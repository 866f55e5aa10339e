/// Turns the bytes of one import file into ``ImportItem``s: the header's problems first (if any), then,
/// record by record, each row checked or each bad row's problems. It is push-driven, so that the same
/// checks serve a file on disk (``ImportReader``) and a body streamed to the admin socket chunk by chunk.
///
/// What it checks is everything that one file can tell: the CSV syntax and encoding, the header (unknown,
/// duplicate, nameless and missing columns), every cell of every row, the row rules of each kind, and keys
/// repeated within the file. What needs the database (a `child_ref` with no child, an unknown
/// professional) is left to the store.
///
/// A header problem does not stop the rows from being checked: the report should list every problem of
/// the file at once. Rows that are fine are still yielded when they can be built; the import must refuse
/// the whole file as soon as any ``ImportItem/problems(_:)`` was seen.
///
/// ```swift
/// var parser = ImportParser(kind: .plans, today: today)
/// for chunk in body { parser.append(chunk); while let item = parser.next() { handle(item) } }
/// parser.finish()
/// while let item = parser.next() { handle(item) }
/// ```
public struct ImportParser: Sendable {
    public let kind: ImportKind
    private let today: CivilDate
    private var csv: CSVReader
    private var checker: (any ImportRecordChecking)?
    private var reportedEmpty = false

    /// `today` is the authority's local date: history (a date of birth, a meeting held) may not be after it.
    public init(kind: ImportKind, today: CivilDate, maximumFieldBytes: Int = CSVReader.defaultMaximumFieldBytes) {
        self.kind = kind
        self.today = today
        csv = CSVReader(maximumFieldBytes: maximumFieldBytes)
    }

    /// Adds the next bytes of the file; a chunk may end anywhere.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        csv.append(bytes)
    }

    /// Says the file is complete.
    public mutating func finish() {
        csv.finish()
    }

    /// True once ``finish()`` was called and every item has been returned.
    public var isAtEnd: Bool { csv.isAtEnd && (checker != nil || reportedEmpty) }

    /// The physical line the reading has reached.
    var currentLine: Int { csv.currentLine }

    /// The next item, or `nil` when more bytes are needed (or, after ``finish()``, at the end).
    public mutating func next() -> ImportItem? {
        while let record = csv.next() {
            guard checker != nil else {
                let (checker, problems) = kind.checker(header: record, today: today)
                self.checker = checker
                if !problems.isEmpty { return .problems(problems) }
                continue
            }
            if let item = checker?.check(record) { return item }
        }
        if csv.isAtEnd, checker == nil, !reportedEmpty {
            reportedEmpty = true
            return .problems([ImportProblem(line: 1, column: nil, reason: "the file is empty: its first line must name "
                                                + "the columns (\(kind.columnNames.joined(separator: ", ")))")])
        }
        return nil
    }
}
