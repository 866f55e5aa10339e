#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ReviewAPI
@testable import ReviewControl
import ReviewCore
import ReviewTestSupport
import Testing

/// ehc-reviewctl's HTTP client and runner against a fake admin socket: what goes on the wire, how answers
/// and failures come back.
@Suite("ehc-reviewctl client over a Unix socket")
struct ControlClientTests {
    static let professional = #"{"active":true,"daily_digest":true,"email":"ada@example.org","id":12,"name":"Ada Lovelace","#
        + #""role":"speech_and_language_therapist","service":"health"}"#

    func runner(_ path: String, json: Bool = false) -> ControlRunner {
        ControlRunner(client: AdminClient(socketPath: path), style: OutputStyle(json: json, colour: false),
                      makeIdempotencyKey: { "fresh-key" })
    }

    @Test("a write sends method, target, JSON body and the expected headers")
    func writeOnTheWire() async throws {
        let outcome = try await ControlFakeAdminServer.with(reply: .json(Self.professional, status: 201)) { path, recorder in
            let operation = try ControlOperation.addProfessional(
                ProfessionalCreate(name: "Ada Lovelace", email: "ada@example.org", role: .speechAndLanguageTherapist))
            let outcome = await runner(path).run(operation)
            let request = try #require(recorder.all.first)
            #expect(recorder.all.count == 1)
            #expect(request.method == "POST")
            #expect(request.uri == "/v1/professionals")
            #expect(request.header("Host") == "localhost")
            #expect(request.header("Content-Type") == "application/json")
            #expect(request.header("Connection") == "close")
            #expect(request.header("Idempotency-Key") == "fresh-key")
            #expect(request.header("Content-Length") == String(request.body.count))
            #expect(request.bodyText
                        == #"{"email":"ada@example.org","name":"Ada Lovelace","role":"speech_and_language_therapist"}"#)
            return outcome
        }
        #expect(outcome == ControlOutcome(exitCode: 0,
                                          standardOutput: "added professional 12 (speech_and_language_therapist, health)\n"))
    }

    @Test("a given idempotency key is sent as it is; a read sends none and no body")
    func keysAndReads() async throws {
        try await ControlFakeAdminServer.with(reply: .answer(status: 204, contentType: nil, body: "")) { path, recorder in
            let outcome = await runner(path).run(.removeContributor(plan: 9, professional: 7, idempotencyKey: "mine"))
            #expect(outcome.exitCode == 0)
            #expect(outcome.standardOutput == "removed professional 7 from plan 9\n")
            let request = try #require(recorder.all.first)
            #expect(request.method == "DELETE")
            #expect(request.uri == "/v1/plans/9/contributors/7")
            #expect(request.header("Idempotency-Key") == "mine")
        }
        try await ControlFakeAdminServer.with(reply: .json("[]")) { path, recorder in
            let outcome = await runner(path).run(.listProfessionals(after: 120, limit: 50))
            #expect(outcome.standardOutput == "no professionals\n")
            let request = try #require(recorder.all.first)
            #expect(request.method == "GET")
            #expect(request.uri == "/v1/professionals?after=120&limit=50")
            #expect(request.header("Idempotency-Key") == nil)
            #expect(request.body.isEmpty)
            #expect(request.header("Host") == "localhost")
        }
    }

    @Test("query values are percent-encoded")
    func queryEncoding() async throws {
        try await ControlFakeAdminServer.with(reply: .json("[]")) { path, recorder in
            _ = try await AdminClient(socketPath: path).send(method: "GET", path: "/v1/audit",
                                                             query: ["q": "a b&c=d/é+", "after": "1"])
            #expect(recorder.all.first?.uri == "/v1/audit?after=1&q=a%20b%26c%3Dd%2F%C3%A9%2B")
        }
    }

    @Test("typed helpers decode the answer in the API's dialect")
    func typedHelpers() async throws {
        try await ControlFakeAdminServer.with(reply: .json(Self.professional)) { path, _ in
            let client = AdminClient(socketPath: path)
            let view: ProfessionalView = try await client.get("/v1/professionals/12")
            #expect(view.id == 12)
            #expect(view.role == .speechAndLanguageTherapist)
            let updated: ProfessionalView = try await client.patch("/v1/professionals/12",
                                                                   body: ProfessionalUpdate(active: true),
                                                                   idempotencyKey: "k")
            #expect(updated.service == .health)
        }
    }

    @Test("--json prints the body indented with sorted keys")
    func jsonOutput() async throws {
        try await ControlFakeAdminServer.with(reply: .json(#"{"b":1,"a":{"d":[1,2],"c":"x/y"}}"#)) { path, _ in
            let outcome = await runner(path, json: true).run(.status())
            #expect(outcome.exitCode == 0)
            #expect(outcome.standardOutput == """
                {
                  "a" : {
                    "c" : "x/y",
                    "d" : [
                      1,
                      2
                    ]
                  },
                  "b" : 1
                }

                """)
        }
    }

    @Test("a 403 problem exits 77 with its one-line reason")
    func forbidden() async throws {
        let reply = ControlFakeAdminServer.Reply.problem(
            status: 403, title: "Forbidden", detail: "changing data needs the ehc-review-admin group")
        try await ControlFakeAdminServer.with(reply: reply) { path, _ in
            let outcome = await runner(path).run(.retryNotice(31))
            #expect(outcome == ControlOutcome(
                exitCode: 77,
                standardError: "ehc-reviewctl: Forbidden: changing data needs the ehc-review-admin group\n"))
        }
    }

    @Test("a 422 problem exits 65 and names the field")
    func invalid() async throws {
        let reply = ControlFakeAdminServer.Reply.problem(status: 422, title: "Invalid input",
                                                         detail: "not an email address", field: "email")
        try await ControlFakeAdminServer.with(reply: reply) { path, _ in
            let operation = try ControlOperation.addProfessional(
                ProfessionalCreate(name: "A", email: "nope", role: .senco))
            let outcome = await runner(path).run(operation)
            #expect(outcome.exitCode == 65)
            #expect(outcome.standardError == "ehc-reviewctl: Invalid input: not an email address (field: email)\n")
        }
    }

    @Test("an error answer without problem+json gets a problem made from its status")
    func synthesizedProblem() async throws {
        let reply = ControlFakeAdminServer.Reply.answer(status: 503, contentType: "text/plain", body: "starting up\n")
        try await ControlFakeAdminServer.with(reply: reply) { path, _ in
            let outcome = await runner(path).run(.status())
            #expect(outcome == ControlOutcome(exitCode: 69,
                                              standardError: "ehc-reviewctl: Service Unavailable: starting up\n"))
        }
        try await ControlFakeAdminServer.with(reply: .answer(status: 404, contentType: nil, body: "")) { path, _ in
            let outcome = await runner(path).run(.showPlan(9))
            #expect(outcome == ControlOutcome(exitCode: 66, standardError: "ehc-reviewctl: Not Found\n"))
        }
    }

    @Test("a plan named by its reference is looked up first, then the request goes to its id")
    func planByReference() async throws {
        let plan = #"[{"child_id":5,"id":99,"reference":"EHC-00099"}]"#
        let shown = #"{"child_id":5,"id":99,"reference":"EHC-00099"}"#
        try await ControlFakeAdminServer.with(reply: .inTurn([.json(plan), .json(shown)])) { path, recorder in
            let outcome = await runner(path).run(.showPlan(.reference("EHC-00099")))
            #expect(outcome.exitCode == 0, "\(outcome)")
            #expect(recorder.all.map(\.uri) == ["/v1/plans?reference=EHC-00099", "/v1/plans/99"])
        }
        try await ControlFakeAdminServer.with(reply: .inTurn([.json(plan), .answer(status: 204, contentType: nil, body: "")])) {
            path, recorder in
            let outcome = await runner(path).run(.removeContributor(plan: .reference("EHC-00099"), professional: 7))
            #expect(outcome.standardOutput == "removed professional 7 from plan EHC-00099\n")
            #expect(recorder.all.map(\.method) == ["GET", "DELETE"])
            #expect(recorder.all.last?.uri == "/v1/plans/99/contributors/7")
        }
    }

    @Test("events record --document uploads the PDF first, then records the event naming it")
    func eventWithDocument() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-plan-\(UUID().uuidString).pdf")
        try Data("%PDF-1.7\n%%EOF\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let stored = #"{"bytes":15,"id":4,"sha256":"\#(String(repeating: "a", count: 64))"}"#
        let event = #"{"id":31,"kind":"final_issued","on":"2026-01-05","plan_id":9,"version":1}"#
        try await ControlFakeAdminServer.with(reply: .inTurn([.json(stored, status: 201), .json(event, status: 201)])) {
            path, recorder in
            let operation = try ControlOperation.recordEvent(plan: 9, EventCreate(kind: .finalIssued, on: day("2026-01-05")),
                                                             document: file.path)
            let outcome = await runner(path).run(operation)
            #expect(outcome.exitCode == 0, "\(outcome)")
            let requests = recorder.all
            #expect(requests.map(\.uri) == ["/v1/documents", "/v1/plans/9/events"])
            #expect(requests.first?.header("Content-Type") == "application/pdf")
            #expect(requests.first?.bodyText == "%PDF-1.7\n%%EOF\n")
            #expect(requests.last?.bodyText.contains(#""document_id":4"#) == true, "\(requests.last?.bodyText ?? "")")
        }
        try await ControlFakeAdminServer.with(reply: .json(stored, status: 201)) { path, recorder in
            let operation = try ControlOperation.recordEvent(plan: 9, EventCreate(kind: .finalIssued, on: day("2026-01-05")),
                                                             document: "/nonexistent/plan.pdf")
            let outcome = await runner(path).run(operation)
            #expect(outcome.exitCode == 66 && recorder.all.isEmpty, "a missing file sends nothing: \(outcome)")
        }
    }

    @Test("an unknown reference: exit 66 naming it, and nothing else is sent")
    func unknownReference() async throws {
        try await ControlFakeAdminServer.with(reply: .json("[]")) { path, recorder in
            let event = EventCreate(kind: .finalIssued, on: day("2026-01-05"))
            let outcome = await runner(path).run(try .recordEvent(plan: .reference("EHC-404"), event))
            #expect(outcome.exitCode == 66)
            #expect(outcome.standardError.contains("no plan has the reference \"EHC-404\""), "\(outcome.standardError)")
            #expect(recorder.all.count == 1, "the event was not recorded anywhere")
        }
    }

    @Test("an answer of the wrong shape exits 70")
    func badShape() async throws {
        try await ControlFakeAdminServer.with(reply: .json(#"{"id":"twelve"}"#)) { path, _ in
            let outcome = await runner(path).run(.showProfessional(12))
            #expect(outcome.exitCode == 70)
            #expect(outcome.standardError.hasPrefix("ehc-reviewctl: bad response from ehc-reviewd: expected ProfessionalView"))
        }
    }

    @Test("no socket file: exit 69, saying where and why")
    func missingSocket() async {
        let path = "/tmp/ehc-ctl-missing-\(UUID().uuidString.prefix(8)).sock"
        let outcome = await runner(path).run(.status())
        #expect(outcome == ControlOutcome(
            exitCode: 69,
            standardError: "ehc-reviewctl: cannot reach ehc-reviewd at \(path): no such socket (is ehc-reviewd running?)\n"))
    }

    @Test("a file that nobody listens on: connection refused, exit 69")
    func refused() async throws {
        let path = "/tmp/ehc-ctl-plain-\(UUID().uuidString.prefix(8)).sock"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try await AdminClient(socketPath: path).send(method: "GET", path: "/v1/status")
            Issue.record("connected to a plain file")
        } catch {
            guard case .unreachable(let where_, let reason) = error else {
                Issue.record("expected unreachable, got \(error)")
                return
            }
            #expect(where_ == path)
            #expect(reason == "connection refused (is ehc-reviewd running?)")
        }
    }

    @Test("a daemon that never answers times out as unreachable")
    func timeout() async throws {
        try await ControlFakeAdminServer.with(reply: .silence) { path, _ in
            let client = AdminClient(socketPath: path, timeout: .milliseconds(300))
            await #expect(throws: ControlError.unreachable(path: path, reason: "no answer within 300 ms")) {
                _ = try await client.send(method: "GET", path: "/v1/status")
            }
        }
    }

    @Test("connect errors read as what an admin should check")
    func connectReasons() {
        #expect(ConnectFailure.reason(errno: EACCES) == "permission denied: are you in the ehc-review group?")
        #expect(ConnectFailure.reason(errno: ENOENT) == "no such socket (is ehc-reviewd running?)")
        #expect(ConnectFailure.reason(errno: ECONNREFUSED) == "connection refused (is ehc-reviewd running?)")
        let report = FailureReport(ControlError.unreachable(
            path: "/run/ehc-review/admin.sock", reason: ConnectFailure.reason(errno: EACCES)))
        #expect(report.exitCode == 69)
        #expect(report.line == "ehc-reviewctl: cannot reach ehc-reviewd at /run/ehc-review/admin.sock: "
                    + "permission denied: are you in the ehc-review group?")
    }

    @Test("import streams the file as text/csv with its length; a refused file lists every problem and exits 65")
    func importStreamsTheFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plans.csv")
        // Over two of the client's 1 MiB chunks.
        let rows = (0..<40_000).map { "EHC-\($0),CMS-\($0),2025-01-0\($0 % 9 + 1)\r\n" }.joined()
        let content = "reference,child_ref,first_issued_on\r\n" + rows
        try Data(content.utf8).write(to: file)
        let refused = #"{"applied":false,"created":0,"dry_run":false,"kind":"plans","more_problems":0,"#
            + #""problems":[{"column":"child_ref","line":2,"reason":"no child with child_ref CMS-0: import the children first"},"#
            + #"{"line":9,"reason":"a quote is not closed"}],"rows":40000,"unchanged":0,"updated":0}"#
        try await ControlFakeAdminServer.with(reply: .json(refused, status: 422)) { path, recorder in
            let outcome = await runner(path).run(.importFile(.plans, path: file.path, dryRun: false))
            let request = try #require(recorder.all.first)
            #expect(request.uri == "/v1/import/plans")
            #expect(request.header("Content-Type") == "text/csv; charset=utf-8")
            #expect(request.header("Content-Length") == String(content.utf8.count))
            #expect(request.body == Data(content.utf8))
            #expect(outcome.exitCode == 65)
            #expect(outcome.standardOutput == """
                plans.csv: line 2, child_ref: no child with child_ref CMS-0: import the children first
                plans.csv: line 9: a quote is not closed
                2 problems in 40000 rows: nothing was imported

                """)
        }
        let missing = await runner("/nonexistent.sock").run(.importFile(.plans, path: folder.appendingPathComponent("nope.csv").path,
                                                                        dryRun: true))
        #expect(missing.exitCode == 66)
        #expect(missing.standardError.contains("nope.csv: cannot be read"))
    }
}
