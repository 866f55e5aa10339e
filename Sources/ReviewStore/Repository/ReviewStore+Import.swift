import Foundation
import GRDB
public import ReviewCore

extension ReviewStore {
    /// Imports one CSV file's records (as ``ImportReader`` gives them, having checked every cell and every
    /// key's duplicates within the file), all or nothing: every row is checked and applied inside one
    /// transaction, and the transaction is rolled back when any row has a problem, or for a dry run — so a
    /// dry run gives exactly the report a real run would. Re-importing the same file changes nothing
    /// (rows are matched by their keys: `child_ref`, email, plan `reference`, plan and email); an updated
    /// file changes exactly what changed, each change audited. No notice is written: an import records
    /// history. An applied import is recorded in `import_runs` (the next digest summarises it) and audited.
    ///
    /// `records` is called inside the transaction to open the file, so that the rows stream from disk
    /// into the database without ever being held in memory together.
    public func importRecords(kind: ImportKind, dryRun: Bool, by actor: AuditActor,
                              records: @escaping @Sendable () throws -> any IteratorProtocol<ImportItem>)
        async throws -> ImportReport
    {
        let now = clock.now()
        let today = today
        let calculator = calculator
        let audit = auditWriter(actor)
        return try await write { db in
            var report = ImportReport(kind: kind, dryRun: dryRun)
            try db.inSavepoint {
                let applier = ImportApplier(db: db, now: now, today: today, calculator: calculator, audit: audit)
                var iterator = try records()
                while let record = iterator.next() {
                    switch record {
                    case .problems(let problems):
                        // Header problems come before any row, on line 1.
                        if problems.allSatisfy({ $0.line > 1 }) { report.rows += 1 }
                        report.add(problems)
                    case .row(let row):
                        report.rows += 1
                        do {
                            switch try applier.apply(row) {
                            case .created: report.created += 1
                            case .updated: report.updated += 1
                            case .unchanged: report.unchanged += 1
                            }
                        } catch let failure as ImportApplier.RowProblems {
                            report.add(failure.problems)
                        } catch StoreError.invalid(let error), StoreError.conflict(let error) {
                            report.add([ImportProblem(line: row.line, column: error.field, reason: error.reason)])
                        }
                    }
                }
                if report.problemCount == 0 {
                    let dueThrough = DeadlineClock(settings: calculator.settings).latestDueDateLate(on: today)
                    report.lateAfter = try Int.fetchOne(db, sql: DeadlineSQL.lateCount,
                                                        arguments: [dueThrough.description, today.description]) ?? 0
                }
                report.applied = report.problemCount == 0 && !dryRun
                guard report.applied else { return .rollback }
                try db.execute(
                    sql: """
                        INSERT INTO import_runs (kind, at, uid, user_name, rows, created, updated, unchanged, late_after)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [kind.rawValue, Timestamp.text(now), Int64(actor.uid), actor.userName, report.rows,
                                report.created, report.updated, report.unchanged, report.lateAfter ?? 0])
                try audit.record(db, action: "import.\(kind.rawValue)", entity: "import", id: db.lastInsertedRowID,
                                 summary: "\(report.rows) rows: \(report.created) created, \(report.updated) updated, "
                                    + "\(report.unchanged) unchanged")
                return .commit
            }
            return report
        }
    }
}

extension ImportRow {
    /// The physical line the row started on.
    var line: Int {
        switch self {
        case .child(let row): row.line
        case .professional(let row): row.line
        case .plan(let row): row.line
        case .contributor(let row): row.line
        case .contact(let row): row.line
        }
    }
}
