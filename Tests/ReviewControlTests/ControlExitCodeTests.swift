import Foundation
import ReviewAPI
import ReviewControl
import Testing

/// ehc-reviewctl's exit codes (sysexits) and its one-line failure messages.
@Suite("ehc-reviewctl exit codes")
struct ControlExitCodeTests {
    @Test("each HTTP error status maps to its sysexits code", arguments: [
        (400, 65), (409, 65), (413, 65), (422, 65),
        (401, 77), (403, 77),
        (404, 66),
        (503, 69),
        (405, 70), (415, 70), (500, 70), (502, 70),
    ])
    func statusCodes(status: Int, code: Int32) {
        #expect(FailureReport.exitCode(forStatus: status) == code)
        let problem = ProblemDetails(status: status, title: "T", detail: "D")
        #expect(FailureReport(ControlError.problem(problem)).exitCode == code)
    }

    @Test("an unreachable daemon exits 69 and says where it looked")
    func unreachable() {
        let report = FailureReport(ControlError.unreachable(path: "/run/x.sock", reason: "connection refused"))
        #expect(report.exitCode == 69)
        #expect(report.line == "ehc-reviewctl: cannot reach ehc-reviewd at /run/x.sock: connection refused")
    }

    @Test("a bad response and any other error exit 70")
    func software() {
        #expect(FailureReport(ControlError.badResponse("not JSON")).exitCode == 70)
        #expect(FailureReport(ControlError.badResponse("not JSON")).line
                    == "ehc-reviewctl: bad response from ehc-reviewd: not JSON")
        struct Odd: Error {}
        #expect(FailureReport(Odd()).exitCode == 70)
    }

    @Test("a problem reads title: detail, with the field when there is one")
    func problemLine() {
        let withField = ProblemDetails(status: 422, title: "Invalid input", detail: "not an email address",
                                       field: "email")
        #expect(FailureReport(ControlError.problem(withField)).line
                    == "ehc-reviewctl: Invalid input: not an email address (field: email)")
        let plain = ProblemDetails(status: 404, title: "Not Found", detail: "no plan 9")
        #expect(FailureReport(ControlError.problem(plain)).line == "ehc-reviewctl: Not Found: no plan 9")
        let noDetail = ProblemDetails(status: 500, title: "Internal Server Error", detail: "")
        #expect(FailureReport(ControlError.problem(noDetail)).line == "ehc-reviewctl: Internal Server Error")
    }

    @Test("a message is always one line")
    func oneLine() {
        let problem = ProblemDetails(status: 500, title: "Oops", detail: "first\nsecond\r\n third")
        let line = FailureReport(ControlError.problem(problem)).line
        #expect(line == "ehc-reviewctl: Oops: first second third")
        #expect(!line.contains("\n"))
    }

    @Test("the failure outcome prints the line on stderr only")
    func outcome() {
        let outcome = ControlOutcome(failure: FailureReport(ControlError.badResponse("x")))
        #expect(outcome.exitCode == 70)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError == "ehc-reviewctl: bad response from ehc-reviewd: x\n")
    }

    @Test("error bodies are read leniently: partial problems, Hummingbird errors, text, nothing")
    func lenientProblems() throws {
        func problem(_ status: Int, _ body: String) throws -> ProblemDetails {
            do {
                _ = try AdminResponse(status: status, body: Data(body.utf8)).checked()
            } catch {
                if case .problem(let problem) = error { return problem }
                throw error
            }
            throw ControlError.badResponse("no error for \(status)")
        }
        #expect(try problem(422, #"{"title":"Invalid input","detail":"bad date","field":"on"}"#)
                    == ProblemDetails(status: 422, title: "Invalid input", detail: "bad date", field: "on"))
        #expect(try problem(409, #"{"detail":"the key was used with another body"}"#)
                    == ProblemDetails(status: 409, title: "Conflict", detail: "the key was used with another body"))
        #expect(try problem(413, #"{"error":{"message":"Request body too large"}}"#)
                    == ProblemDetails(status: 413, title: "Content Too Large", detail: "Request body too large"))
        #expect(try problem(502, "  upstream gone\n") == ProblemDetails(status: 502, title: "Bad Gateway",
                                                                         detail: "upstream gone"))
        #expect(try problem(500, "") == ProblemDetails(status: 500, title: "Internal Server Error", detail: ""))
        #expect(try AdminResponse(status: 204).checked().status == 204)
    }
}
