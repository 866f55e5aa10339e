import Foundation
import Testing

/// The real `ehc-reviewctl` binary: what it prints on stdout and stderr and how it exits, against the fake
/// admin socket, a missing socket and a bad command line.
@Suite("ehc-reviewctl as a real process")
struct ControlProcessTests {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The built binary, next to this test bundle (or in .build/debug).
    static func binary() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("ehc-reviewctl")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let debug = root.appendingPathComponent(".build/debug/ehc-reviewctl")
        try #require(FileManager.default.isExecutableFile(atPath: debug.path), "build ehc-reviewctl first")
        return debug
    }

    /// Runs the binary without blocking the caller's thread; `NO_COLOR` unset, stdout a pipe (so no colour).
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        async let out = blocking { output.fileHandleForReading.readDataToEndOfFile() }
        async let err = blocking { errors.fileHandleForReading.readDataToEndOfFile() }
        let (stdout, stderr) = await (out, err)
        await blocking { process.waitUntilExit() }
        return Run(status: process.terminationStatus, standardOutput: String(decoding: stdout, as: UTF8.self),
                   standardError: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs blocking work (reading a pipe, waiting for the child) on a thread of its own: blocking the
    /// cooperative pool, or Dispatch's global threads beneath it on Linux, would starve the fake server
    /// running in this same process.
    static func blocking<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    @Test("a list prints a table and exits 0; the socket may come from EHC_REVIEW_SOCKET")
    func success() async throws {
        let page = #"[{"child_id":5,"id":9,"reference":"EHC/001"}]"#
        try await ControlFakeAdminServer.with(reply: .list(body: page, next: "/v1/plans?after=9&limit=1")) { path, recorder in
            let run = try await Self.run(["plans", "list", "--limit", "1"], environment: ["EHC_REVIEW_SOCKET": path])
            #expect(run.status == 0)
            #expect(run.standardError.isEmpty)
            #expect(run.standardOutput == """
                ID  CHILD  REFERENCE  FIRST ISSUED  CEASED  NEXT TRANSFER
                 9      5  EHC/001    -             -       -
                more: --after 9

                """)
            #expect(recorder.all.first?.uri == "/v1/plans?limit=1")
        }
    }

    @Test("a write sends a fresh UUID idempotency key, or the one given")
    func idempotencyKeys() async throws {
        try await ControlFakeAdminServer.with(reply: .answer(status: 204, contentType: nil, body: "")) { path, recorder in
            _ = try await Self.run(["contributors", "remove", "9", "7", "--socket", path])
            _ = try await Self.run(["contributors", "remove", "9", "7", "--socket", path, "--idempotency-key", "k-7"])
            let keys = recorder.all.map { $0.header("Idempotency-Key") }
            #expect(keys.count == 2)
            #expect(UUID(uuidString: keys[0] ?? "") != nil, "a fresh UUID: \(String(describing: keys[0]))")
            #expect(keys[1] == "k-7")
        }
    }

    @Test("a 403 exits 77 with one line on stderr and nothing on stdout")
    func forbidden() async throws {
        let reply = ControlFakeAdminServer.Reply.problem(status: 403, title: "Forbidden",
                                                         detail: "changing data needs the ehc-review-admin group")
        try await ControlFakeAdminServer.with(reply: reply) { path, _ in
            let run = try await Self.run(["notices", "retry", "31", "--socket", path])
            #expect(run.status == 77)
            #expect(run.standardOutput.isEmpty)
            #expect(run.standardError == "ehc-reviewctl: Forbidden: changing data needs the ehc-review-admin group\n")
        }
    }

    @Test("no daemon: exit 69 and one line")
    func unreachable() async throws {
        let path = "/tmp/ehc-ctl-none-\(UUID().uuidString.prefix(8)).sock"
        let run = try await Self.run(["status", "--socket", path])
        #expect(run.status == 69)
        #expect(run.standardError
                    == "ehc-reviewctl: cannot reach ehc-reviewd at \(path): no such socket (is ehc-reviewd running?)\n")
    }

    @Test("a bad date exits 64 before any request")
    func usage() async throws {
        let run = try await Self.run(["events", "record", "9", "--kind", "final_issued", "--on", "2026-02-30",
                                      "--socket", "/nonexistent.sock"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("2026-02-30"))
    }

    @Test("the hidden man command prints a troff page covering every command")
    func manual() async throws {
        let run = try await Self.run(["man", "--date", "2026-01-05"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix(#".TH "EHC-REVIEWCTL" "1" "2026-01-05""#))
        for command in ["status", "professionals add", "plans list", "contributors remove", "steps record",
                        "deadlines", "distribution", "notices retry", "digest run", "audit"] {
            #expect(run.standardOutput.contains(".SS \"ehc\\-reviewctl \(command)\""), "\(command)")
        }
        #expect(!run.standardOutput.contains(".SS \"ehc\\-reviewctl man\""))
    }
}
