public import Foundation
import ReviewAPI

/// Runs one ``ControlOperation`` against the daemon and says what to print and how to exit: on success
/// the answer as text (or, with `--json`, the raw JSON re-indented), on failure one `ehc-reviewctl: …`
/// line and a `sysexits` code (``FailureReport``). Every write gets an `Idempotency-Key`: the one given,
/// or a fresh UUID.
///
/// ```swift
/// let runner = ControlRunner(client: AdminClient(socketPath: path), style: style)
/// let outcome = await runner.run(.status())
/// print(outcome.standardOutput, terminator: "")
/// ```
public struct ControlRunner: Sendable {
    public var client: AdminClient
    public var style: OutputStyle
    /// Makes the key for a write that was given none.
    public var makeIdempotencyKey: @Sendable () -> String

    public init(client: AdminClient, style: OutputStyle,
                makeIdempotencyKey: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.client = client
        self.style = style
        self.makeIdempotencyKey = makeIdempotencyKey
    }

    public func run(_ operation: ControlOperation) async -> ControlOutcome {
        var request = operation.request
        if request.isWrite && request.idempotencyKey == nil { request.idempotencyKey = makeIdempotencyKey() }
        do {
            if let reference = operation.planReference {
                request.path = request.path.replacingOccurrences(of: PlanKey.placeholder,
                                                                 with: String(try await planID(reference: reference)))
            }
            if let file = operation.documentFile {
                request.body = try Self.adding(documentID: try await uploadDocument(file), to: request.body)
            }
            var copy: String?
            defer { if let copy { try? FileManager.default.removeItem(atPath: copy) } }
            if operation.documentColumn, let file = request.bodyFile,
               let prepared = try await ImportDocumentColumn.prepare(file: file, dryRun: request.query["dry_run"] == "true",
                                                                     upload: uploadDocument) {
                copy = prepared.file
                request.bodyFile = prepared.file
            }
            let answer = try await client.send(request)
            // A refused import answers 422 with its full report: every problem goes to stdout, not one line.
            if case .importReport = operation.presentation, answer.status == 422 {
                let text = style.json ? PrettyJSON.format(answer.body) : try operation.presentation.render(answer, style: style)
                return ControlOutcome(exitCode: Sysexits.dataError, standardOutput: text)
            }
            let response = try answer.checked()
            let text = style.json ? PrettyJSON.format(response.body)
                                  : try operation.presentation.render(response, style: style)
            return ControlOutcome(exitCode: Sysexits.ok, standardOutput: text)
        } catch {
            return ControlOutcome(failure: FailureReport(error))
        }
    }
}

extension ControlRunner {
    /// The id of the plan with `reference` (`GET /v1/plans?reference=REF`), or a "not found" problem naming it.
    func planID(reference: String) async throws(ControlError) -> Int64 {
        let plans: [PlanReferenceMatch] = try await client.get("/v1/plans", query: ["reference": reference])
        guard let plan = plans.first else {
            throw .problem(ProblemDetails(status: 404, title: "Not found",
                                          detail: "no plan has the reference \"\(reference)\" (give its id, or ref:REFERENCE)",
                                          field: "plan"))
        }
        return plan.id
    }
}

extension ControlRunner {
    /// Uploads the PDF at `path` (`POST /v1/documents`, idempotent by its bytes) and returns its id.
    func uploadDocument(_ path: String) async throws(ControlError) -> Int64 {
        guard FileManager.default.isReadableFile(atPath: path) else { throw .noInput(path: path, reason: "cannot be read") }
        var upload = AdminRequest(method: "POST", path: "/v1/documents")
        upload.bodyFile = path
        upload.contentType = "application/pdf"
        upload.timeout = .seconds(120)
        let stored: UploadedDocument = try await client.send(upload).checked().decode()
        return stored.id
    }

    /// The JSON object `body` with `document_id` set.
    static func adding(documentID: Int64, to body: Data?) throws(ControlError) -> Data {
        var object = (body.flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any]) ?? [:]
        object["document_id"] = documentID
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            throw .badResponse("the request body could not be written")
        }
        return data
    }
}

/// What the upload answers that the event needs.
private struct UploadedDocument: Decodable {
    var id: Int64
}

/// The one field of a plan the reference look-up needs.
private struct PlanReferenceMatch: Decodable {
    var id: Int64
}

/// What a command prints and how it exits; the executable writes it out.
public struct ControlOutcome: Sendable, Hashable {
    public var exitCode: Int32
    public var standardOutput: String
    /// Empty, or one line ending in a newline.
    public var standardError: String

    public init(exitCode: Int32, standardOutput: String = "", standardError: String = "") {
        self.exitCode = exitCode
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    public init(failure: FailureReport) {
        self.init(exitCode: failure.exitCode, standardError: failure.line + "\n")
    }
}
