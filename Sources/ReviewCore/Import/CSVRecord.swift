/// One record of a CSV file as ``CSVReader`` read it, before any column has a meaning.
///
/// It keeps the physical line the record starts on, because a caseworker fixes a file by line number in a
/// spreadsheet or an editor, and a quoted field with line breaks makes record and line numbers differ.
/// A record that the reader could not read cleanly still comes out, with its ``problems``, so that an
/// import can report every bad row of a file in one pass instead of stopping at the first.
public struct CSVRecord: Sendable, Hashable {
    /// The physical line (1-based) the record's first byte is on.
    public var line: Int
    /// The fields in file order. Unquoted fields are trimmed of spaces and tabs; quoted ones keep what is
    /// between their quotes, with `""` turned into `"`.
    public var fields: [String]
    /// What was wrong with the record's syntax or encoding; empty when it was read cleanly.
    public var problems: [CSVProblem]

    public init(line: Int, fields: [String], problems: [CSVProblem] = []) {
        self.line = line
        self.fields = fields
        self.problems = problems
    }
}

/// Why a field could not be read as written: a stray or unclosed quote, bytes that are not UTF-8, a field
/// too long to be a real value. The reader names the field by its position because it knows no column
/// names; ``ImportParser`` turns it into an ``ImportProblem`` naming the column.
public struct CSVProblem: Sendable, Hashable, CustomStringConvertible {
    /// The physical line the problem is on (for an unclosed quote, the line the quote opens on).
    public var line: Int
    /// The field's position in its record, from 0.
    public var field: Int
    public var reason: String

    public init(line: Int, field: Int, reason: String) {
        self.line = line
        self.field = field
        self.reason = reason
    }

    public var description: String { "line \(line), field \(field + 1): \(reason)" }
}
