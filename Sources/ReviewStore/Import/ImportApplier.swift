import Foundation
import GRDB
import ReviewCore

/// Applies the rows of one import file inside one transaction: each row is checked against the database
/// and written (created, updated or left as it is), and every problem is collected with its line and
/// column. The caller rolls everything back when there is any problem, or for a dry run.
///
/// Imports record history, not news: nothing here writes a notice. Deadlines are re-materialised for each
/// plan a row changes, so imported history is judged as if the daemon had run all along, and the clock's
/// transitions (``ReviewStore/processTransitions(through:)``) only ever record what turns late from now on.
struct ImportApplier {
    let db: Database
    let now: Date
    let today: CivilDate
    let calculator: DeadlineCalculator
    let audit: AuditWriter

    var timestamp: String { Timestamp.text(now) }

    /// A row's problems, thrown by an `apply` and collected by the caller.
    struct RowProblems: Error {
        var problems: [ImportProblem]

        init(_ problems: [ImportProblem]) { self.problems = problems }
        init(line: Int, column: String?, _ reason: String) {
            problems = [ImportProblem(line: line, column: column, reason: reason)]
        }
    }

    func apply(_ row: ImportRow) throws -> ImportOutcome {
        switch row {
        case .child(let child): try apply(child)
        case .professional(let professional): try apply(professional)
        case .plan(let plan): try apply(plan)
        case .contributor(let contributor): try apply(contributor)
        case .contact(let contact): try apply(contact)
        }
    }

    /// A field error from the checks shared with the API, as a problem of `line` (the API's field names
    /// are the CSV's column names).
    func problem(_ error: FieldError, line: Int, column: String? = nil) -> RowProblems {
        RowProblems(line: line, column: column ?? error.field, error.reason)
    }
}
