/// What reading an import file gives, record by record: a checked row ready for the store, or every
/// problem found in one row (or, for the header, in the file's columns).
///
/// Rows and problems come in file order, so a consumer can stream both: write nothing once a problem has
/// been seen (an import is all or nothing) but keep reading, so that the report lists every bad row.
public enum ImportItem: Sendable, Hashable {
    case row(ImportRow)
    /// All problems of one record, each naming its line and, where it concerns one cell, the column as the
    /// file's header spells it. Never empty.
    case problems([ImportProblem])
}
