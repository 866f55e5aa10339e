import ReviewAPI

/// `import KIND FILE`: what was (or, for a dry run, would be) created, updated and left alone, or every
/// problem, one per line, as `line N, column: reason` — the form an editor can jump to.
enum ImportText {
    static func render(_ report: ImportReportView, file: String) -> String {
        guard report.problems.isEmpty && report.moreProblems == 0 else {
            var text = report.problems.map { problem in
                "\(file): line \(problem.line)" + (problem.column.map { ", \($0)" } ?? "") + ": \(problem.reason)\n"
            }.joined()
            if report.moreProblems > 0 { text += "… and \(report.moreProblems) more problems\n" }
            let count = report.problems.count + report.moreProblems
            text += "\(count) problem\(count == 1 ? "" : "s") in \(report.rows) rows: nothing was imported\n"
            return text
        }
        let counts = "\(report.rows) rows: \(report.created) new, \(report.updated) changed, \(report.unchanged) unchanged"
        let late = report.lateAfter.map { "; \($0) statutory deadlines late afterwards" } ?? ""
        return report.dryRun
            ? "dry run of \(report.kind) from \(file): \(counts)\(late); nothing was written\n"
            : "imported \(report.kind) from \(file): \(counts)\(late)\n"
    }
}
