import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReviewAPI
import ReviewCore
@testable import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 11, "The OpenAPI contract": `GET /v1/openapi.json` serves `docs/openapi.json`; the document and the
/// router name exactly the same routes; and the daemon's answers — successes and refusals, on every route —
/// validate against the document's schemas (checked by Support/check_openapi.py with jsonschema).
@Suite("OpenAPI contract: the document, the router and the answers agree")
struct OpenAPIContractTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let documentPath = root.appendingPathComponent("docs/openapi.json").path
    static let checker = root.appendingPathComponent("Tests/ReviewDaemonTests/Support/check_openapi.py").path

    static func document() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: documentPath))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// "METHOD /path" for every operation of the document.
    static func documentedRoutes() throws -> Set<String> {
        let paths = try #require(try document()["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]
        return Set(paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
    }

    @Test("the daemon serves docs/openapi.json byte for byte (run Support/embed_openapi.py after editing it)")
    func embedded() async throws {
        let file = try String(contentsOfFile: Self.documentPath, encoding: .utf8)
        #expect(OpenAPIDocument.json == file, "run: python3 Tests/ReviewDaemonTests/Support/embed_openapi.py")
        let harness = try AdminAPIHarness()
        let served = try await harness.test(as: AdminAPIHarness.reader) { client in
            try await client.execute(uri: "/v1/openapi.json", method: .get) { response in
                (Int(response.status.code), response.headers[.contentType], String(buffer: response.body))
            }
        }
        #expect(served.0 == 200)
        #expect(served.1 == "application/json")
        #expect(served.2 == file)
        let info = try #require(try Self.document()["info"] as? [String: Any])
        #expect(info["version"] as? String == DaemonVersion.string)
        #expect(try Self.document()["openapi"] as? String == "3.1.0")
    }

    @Test("every route of the router is in the document, and every operation of the document is a route")
    func sameRoutes() throws {
        let harness = try AdminAPIHarness()
        let routed = Set(AdminRoutes.build(harness.environment).table.all.map(\.description))
        let documented = try Self.documentedRoutes()
        #expect(routed.subtracting(documented).sorted() == [], "routes missing from docs/openapi.json")
        #expect(documented.subtracting(routed).sorted() == [], "operations in docs/openapi.json that no route serves")
    }

    @Test("the document is valid OpenAPI 3.1 and every answer of a whole scenario matches its schemas",
          .enabled(if: OpenAPIChecker.available, "python3 with jsonschema and openapi-spec-validator is not installed"))
    func answersMatchSchemas() async throws {
        let harness = try AdminAPIHarness()
        let recorder = ExchangeRecorder()
        try await OpenAPIScenario.run(harness, recorder)
        let exchanges = recorder.lines
        // Every route must have been exercised, so a new route cannot escape the check.
        let exercised = Set(exchanges.map { "\($0["method"] as? String ?? "") \($0["route"] as? String ?? "")" })
        let routed = Set(AdminRoutes.build(harness.environment).table.all.map(\.description))
        #expect(routed.subtracting(exercised).sorted() == [], "routes the scenario does not exercise")
        let (status, output) = try OpenAPIChecker.check(document: Self.documentPath, checker: Self.checker,
                                                        exchanges: exchanges, in: harness.database.folder)
        #expect(status == 0, "\(output)")
        #expect(output.contains("all match"), "\(output)")
    }
}

/// Runs Support/check_openapi.py.
enum OpenAPIChecker {
    static let python3: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":").map { "\($0)/python3" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether python3 can import what the checker needs. In CI (`CI` set) a missing module fails instead.
    static let available: Bool = {
        guard let python3 else { return ProcessInfo.processInfo.environment["CI"] != nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python3)
        process.arguments = ["-c", "import jsonschema, openapi_spec_validator"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0 || ProcessInfo.processInfo.environment["CI"] != nil
    }()

    static func check(document: String, checker: String, exchanges: [[String: Any]], in folder: URL) throws
        -> (Int32, String)
    {
        let file = folder.appendingPathComponent("exchanges.jsonl")
        let text = try exchanges.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]),
                                             as: UTF8.self) }.joined(separator: "\n") + "\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python3 ?? "/usr/bin/python3")
        process.arguments = [checker, document, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// The exchanges of a scenario, as check_openapi.py reads them.
final class ExchangeRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [[String: Any]] = []

    var lines: [[String: Any]] { lock.withLock { recorded } }

    func record(_ line: [String: Any]) { lock.withLock { recorded.append(line) } }
}

extension TestClientProtocol {
    /// Sends a request and records it under its route template; returns the status and the parsed JSON body.
    @discardableResult
    func exchange(_ recorder: ExchangeRecorder, _ method: HTTPRequest.Method, _ route: String, _ uri: String,
                  json: String? = nil, body: String? = nil, headers: HTTPFields = [:]) async throws
        -> (status: Int, body: Any?)
    {
        try await execute(uri: uri, method: method, headers: headers,
                          body: (json ?? body).map { ByteBuffer(string: $0) }) { response in
            let type = response.headers[.contentType]
            let text = String(buffer: response.body)
            let parsed: Any? = (type?.hasPrefix("application/") == true && !text.isEmpty)
                ? try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) : nil
            var line: [String: Any] = ["method": method.rawValue, "route": route, "status": Int(response.status.code),
                                       "content_type": type ?? NSNull(), "body": parsed ?? NSNull()]
            var seen: [String: String] = [:]
            for field in response.headers { seen[field.name.canonicalName] = field.value }
            line["headers"] = seen
            if let json, let sent = try? JSONSerialization.jsonObject(with: Data(json.utf8)) { line["request_body"] = sent }
            recorder.record(line)
            return (Int(response.status.code), parsed)
        }
    }
}
