import Foundation
import Hummingbird
import ReviewAPI
import ReviewCore
import ReviewStore

/// `POST /v1/import/{kind}[?dry_run=true]`: a CSV file as the body (any size up to 1 GiB, streamed to
/// disk), imported all or nothing (``ReviewStore/importRecords(kind:dryRun:by:records:)``). `200` with the
/// report when applied (or a clean dry run); `422` with the same report, listing every problem, when any
/// row is bad — then nothing was written.
enum ImportRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.post("/v1/import/:kind") { request, context in
            try await env.writeStream(context, route: "POST /v1/import/{kind}") { actor in
                let name = context.parameters.get("kind") ?? ""
                guard let kind = ImportKind(rawValue: name) else {
                    throw ProblemDetails(status: 400, title: "Invalid input",
                                         detail: "kind: \(name) is not one of "
                                            + ImportKind.allCases.map(\.rawValue).joined(separator: ", "),
                                         field: "kind")
                }
                let dryRun = try RequestValues.flag("dry_run", in: request)
                let spool = ImportSpool(folder: URL(fileURLWithPath: env.live.value.database).deletingLastPathComponent(),
                                        limit: env.importLimit)
                let file = try await spool.write(request.body)
                defer { try? FileManager.default.removeItem(at: file) }
                let today = env.today
                let path = file.path
                let report = try await env.store.importRecords(kind: kind, dryRun: dryRun, by: actor) {
                    ImportReader(kind: kind, source: try ImportFile(path: path), today: today)
                }
                return try APIReply(ImportReportView(report), status: report.problemCount == 0 ? 200 : 422)
            }
        }
    }
}

extension ImportReportView {
    init(_ report: ImportReport) {
        self.init(kind: report.kind.rawValue, dryRun: report.dryRun, applied: report.applied, rows: report.rows,
                  created: report.created, updated: report.updated, unchanged: report.unchanged,
                  problems: report.problems.map { ImportProblemView(line: $0.line, column: $0.column, reason: $0.reason) },
                  moreProblems: report.moreProblems, lateAfter: report.lateAfter)
    }
}
