/// One problem of an import file, as `POST /v1/import/{kind}` reports it.
public struct ImportProblemView: Codable, Sendable, Hashable {
    public var line: Int
    public var column: String?
    public var reason: String

    public init(line: Int, column: String?, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }
}

/// The answer of `POST /v1/import/{kind}`: `200` when applied or a clean dry run, `422` (nothing written)
/// when any row has a problem — then `problems` lists every one (up to 10,000; `more_problems` counts the
/// rest).
public struct ImportReportView: Codable, Sendable, Hashable {
    public var kind: String
    public var dryRun: Bool
    public var applied: Bool
    public var rows: Int
    public var created: Int
    public var updated: Int
    public var unchanged: Int
    public var problems: [ImportProblemView]
    public var moreProblems: Int
    public var lateAfter: Int?

    public init(kind: String, dryRun: Bool, applied: Bool, rows: Int, created: Int, updated: Int, unchanged: Int,
                problems: [ImportProblemView], moreProblems: Int, lateAfter: Int?) {
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
}
