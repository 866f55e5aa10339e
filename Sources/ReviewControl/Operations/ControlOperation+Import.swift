import Foundation
public import ReviewCore

/// `import KIND FILE [--dry-run]`: the file streamed as the body of `POST /v1/import/{kind}`.
extension ControlOperation {
    /// How long an import may take before the CLI stops waiting (640,000 plans is minutes, not hours).
    public static let importTimeout: Duration = .seconds(3600)

    public static func importFile(_ kind: ImportKind, path: String, dryRun: Bool) -> ControlOperation {
        var request = AdminRequest(method: "POST", path: "/v1/import/\(kind.rawValue)",
                                   query: dryRun ? ["dry_run": "true"] : [:])
        request.bodyFile = path
        request.contentType = "text/csv; charset=utf-8"
        request.timeout = importTimeout
        var operation = ControlOperation(request: request,
                                         presentation: .importReport(file: URL(fileURLWithPath: path).lastPathComponent))
        operation.documentColumn = kind == .plans
        return operation
    }
}
