import GRDB
import ReviewCore

extension ImportApplier {
    /// A professional made a contributor of a plan, both named by their keys. Already one: unchanged.
    /// No notice is sent: an import records who contributes, it does not announce plans to them.
    func apply(_ row: ContributorImportRow) throws -> ImportOutcome {
        let email = row.professionalEmail.value
        var problems: [ImportProblem] = []
        let plan = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM plans WHERE reference = ?"), arguments: [row.planReference])
        if plan == nil {
            problems.append(ImportProblem(line: row.line, column: "plan_reference",
                                          reason: "no plan \(row.planReference): import the plans first"))
        }
        let professional = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT id FROM professionals WHERE email = ?"), arguments: [email])
        if professional == nil {
            problems.append(ImportProblem(line: row.line, column: "professional_email",
                                          reason: "no professional with the email \(email): import the professionals first"))
        }
        guard let plan, let professional else { throw RowProblems(problems) }
        try db.cachedStatement(sql: """
                INSERT INTO contributors (plan_id, professional_id, joined_at) VALUES (?, ?, ?)
                ON CONFLICT (plan_id, professional_id) DO NOTHING
                """).execute(arguments: [plan, professional, timestamp])
        return db.changesCount == 1 ? .created : .unchanged
    }
}
