import ArgumentParser
import Foundation
import ReviewControl
import ReviewCore
import ReviewTestSupport
import Testing
@testable import ehc_reviewctl

/// `ehc-reviewctl export`: what each command line asks the daemon, and how the CSV that comes back is written
/// — to standard output as it comes, or atomically to `--output FILE`, which a failure leaves as it was.
@Suite("ehc-reviewctl export")
struct ControlExportTests {
    static let csv = "reference,child\r\nEHC-1,A. B.\r\nEHC-2,\"Ní Bhriain, S.\"\r\n"

    /// The leaf command a command line parses into.
    func command(_ arguments: [String]) throws -> any ExportingCommand {
        let command = try EhcReviewctl.parseAsRoot(arguments)
        return try #require(command as? any ExportingCommand, "\(type(of: command)) is not an export command")
    }

    /// A fresh folder for output files, removed afterwards.
    func withFolder<Value>(_ body: (String) async throws -> Value) async rethrows -> Value {
        let folder = "/tmp/ehc-export-" + UUID().uuidString.prefix(8)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try await body(folder)
    }

    @Test("export late asks GET /v1/export/late, with the day to judge by, and writes to stdout or --output")
    func lateParsing() throws {
        let plain = try command(["export", "late"])
        #expect(try plain.operation().request == AdminRequest(method: "GET", path: "/v1/export/late"))
        #expect(try plain.operation().presentation == .csv)
        #expect(plain.output.destination == .standardOutput)
        let dated = try command(["export", "late", "--as-of", "2026-11-29", "--output", "late.csv"])
        #expect(try dated.operation().request.target == "/v1/export/late?as_of=2026-11-29")
        #expect(dated.output.destination == .file(path: "late.csv"))
        #expect(try command(["export", "late", "-o", "x.csv"]).output.destination == .file(path: "x.csv"))
    }

    @Test("export sen2-reviews asks for the plans, or with --figures the figures, of --year")
    func sen2Parsing() throws {
        #expect(try command(["export", "sen2-reviews", "--year", "2025"]).operation().request.target
                    == "/v1/export/sen2-reviews?year=2025")
        let figures = try command(["export", "sen2-reviews", "--year", "2025", "--figures", "--census-date", "2026-01-22"])
        #expect(try figures.operation().request.path == "/v1/export/sen2-reviews/figures")
        #expect(try figures.operation().request.query == ["year": "2025", "census_date": "2026-01-22"])
    }

    @Test("a bad export command line exits 64 before any request",
          arguments: [["export", "sen2-reviews"], ["export", "sen2-reviews", "--year", "2013"],
                      ["export", "sen2-reviews", "--year", "twenty"],
                      ["export", "sen2-reviews", "--year", "2025", "--census-date", "2026-02-05"],
                      ["export", "late", "--as-of", "2026-02-30"], ["export", "late", "--json"],
                      ["--json", "export", "late"]])
    func usage(arguments: [String]) {
        #expect(ControlCommandParsingTests().usageExit(GlobalOptionsOrder.normalized(arguments)) == 64, "\(arguments)")
    }

    @Test("--output writes the answer whole to the file and says how many rows")
    func toFile() async throws {
        try await withFolder { folder in
            let path = folder + "/late.csv"
            try "old".write(toFile: path, atomically: true, encoding: .utf8)
            let outcome = try await ControlFakeAdminServer.with(
                reply: .answer(status: 200, contentType: "text/csv; charset=utf-8", body: Self.csv)
            ) { socket, recorder in
                let outcome = await ExportRunner(client: AdminClient(socketPath: socket))
                    .run(.exportLate(asOf: day("2026-11-29")), to: .file(path: path))
                #expect(recorder.all.map(\.uri) == ["/v1/export/late?as_of=2026-11-29"])
                return outcome
            }
            #expect(outcome == ControlOutcome(exitCode: 0, standardOutput: "wrote 2 rows to \(path)\n"))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.csv)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["late.csv"], "no temporary file left")
        }
    }

    @Test("a refusal or a broken answer leaves the file as it was, and no temporary file")
    func failuresLeaveTheFile() async throws {
        try await withFolder { folder in
            let path = folder + "/sen2.csv"
            try "old".write(toFile: path, atomically: true, encoding: .utf8)
            let refused = try await ControlFakeAdminServer.with(
                reply: .problem(status: 400, title: "Invalid input", detail: "year: must be a year from 2014 to 9998",
                                field: "year")
            ) { socket, _ in
                await ExportRunner(client: AdminClient(socketPath: socket)).run(.exportSEN2Reviews(year: 2025), to: .file(path: path))
            }
            #expect(refused == ControlOutcome(
                exitCode: 65,
                standardError: "ehc-reviewctl: Invalid input: year: must be a year from 2014 to 9998 (field: year)\n"))
            let broken = try await ControlFakeAdminServer.with(reply: .truncated(body: Self.csv)) { socket, _ in
                await ExportRunner(client: AdminClient(socketPath: socket)).run(.exportLate(), to: .file(path: path))
            }
            #expect(broken.exitCode == 70)
            #expect(broken.standardError.hasPrefix("ehc-reviewctl: bad response from ehc-reviewd:"))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["sen2.csv"])
        }
    }

    @Test("an output file that cannot be created exits 73 without asking the daemon")
    func cannotCreate() async {
        let outcome = await ExportRunner(client: AdminClient(socketPath: "/nonexistent.sock"))
            .run(.exportLate(), to: .file(path: "/nonexistent-folder/late.csv"))
        #expect(outcome.exitCode == 73)
        #expect(outcome.standardError.hasPrefix("ehc-reviewctl: cannot create a file beside /nonexistent-folder/late.csv:"))
    }

    @Test("the real binary streams the CSV to standard output and prints nothing else")
    func standardOutput() async throws {
        try await ControlFakeAdminServer.with(
            reply: .answer(status: 200, contentType: "text/csv; charset=utf-8", body: Self.csv)
        ) { socket, recorder in
            let run = try await ControlProcessTests.run(["export", "sen2-reviews", "--year", "2025", "--figures",
                                                         "--socket", socket])
            #expect(run.status == 0)
            #expect(run.standardOutput == Self.csv)
            #expect(run.standardError.isEmpty)
            #expect(recorder.all.map(\.uri) == ["/v1/export/sen2-reviews/figures?year=2025"])
        }
    }
}
