public import ReviewCore

/// What an import did — or, for a dry run or a file with problems, would have done and why it did not.
///
/// It exists so that the admin sees one answer for the whole file: every problem of every row (line,
/// column, reason), and the counts of what changed. An import with any problem writes nothing.
public struct ImportReport: Codable, Sendable, Hashable {
    /// Problems listed one by one; beyond this, only counted (a file of 640,000 bad rows would otherwise
    /// give an answer larger than the file).
    public static let problemLimit = 10_000

    public var kind: ImportKind
    public var dryRun: Bool
    /// Whether the changes were written: no problems and not a dry run.
    public var applied: Bool
    /// Data rows read (the header and blank lines not counted).
    public var rows: Int
    public var created: Int
    public var updated: Int
    public var unchanged: Int
    public var problems: [ImportProblem]
    /// Problems beyond ``problemLimit``, counted but not listed.
    public var moreProblems: Int
    /// Statutory deadlines late after the import (or that would be, for a dry run without problems).
    public var lateAfter: Int?

    public init(kind: ImportKind, dryRun: Bool, applied: Bool = false, rows: Int = 0, created: Int = 0, updated: Int = 0,
                unchanged: Int = 0, problems: [ImportProblem] = [], moreProblems: Int = 0, lateAfter: Int? = nil) {
        self.kind = kind
        self.dryRun = dryRun
        self.applied = applied
        self.rows = rows
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
        self.problems = problems
        self.moreProblems = moreProblems
        self.lateAfter = lateAfter
    }

    /// The number of problems, listed or not.
    public var problemCount: Int { problems.count + moreProblems }

    mutating func add(_ new: [ImportProblem]) {
        for problem in new {
            if problems.count < Self.problemLimit { problems.append(problem) } else { moreProblems += 1 }
        }
    }
}
