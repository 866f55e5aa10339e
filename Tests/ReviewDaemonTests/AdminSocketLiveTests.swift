import Foundation
import ReviewTestSupport
import Testing

/// The real `ehc-reviewd` over its real Unix socket, called with `curl --unix-socket` (an independent
/// client), and — when the tests run as root — as another uid to see a reader refused.
@Suite("Admin API over the real socket", .serialized)
struct AdminSocketLiveTests {
    /// Runs curl against the daemon's socket; returns the HTTP status and the body.
    static func curl(_ socket: String, _ method: String, _ path: String, json: String? = nil, headers: [String] = [],
                     asUID uid: UInt32? = nil) async throws -> (status: Int, body: String) {
        try await offThread { try curlBlocking(socket, method, path, json: json, headers: headers, asUID: uid) }
    }

    static func curlBlocking(_ socket: String, _ method: String, _ path: String, json: String?, headers: [String],
                             asUID uid: UInt32?) throws -> (status: Int, body: String) {
        let process = Process()
        var arguments = ["-s", "-o", "-", "-w", "\n%{http_code}", "--unix-socket", socket, "-X", method]
        for header in headers { arguments += ["-H", header] }
        // A body starting with @ names a file (curl's own convention), for bodies too large for argv.
        if let json { arguments += ["-H", "Content-Type: application/json", "--data-binary", json] }
        arguments.append("http://localhost\(path)")
        if let uid {
            // Another user whose primary group is the socket's group: may connect, may not write.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(uid)", "--regid=0", "--clear-groups", "/usr/bin/curl"] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            process.arguments = arguments
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? -1, lines.dropLast().joined(separator: "\n"))
    }

    @Test("socket mode and group, routes, validation, idempotency and audit over the wire")
    func overTheWire() async throws {
        let daemon = try DaemonProcessTests.Running()
        #expect(await daemon.messages(until: "READY=1").contains { $0.contains("READY=1") })
        let socket = daemon.scratch.folder.appendingPathComponent("admin.sock").path
        let attributes = try FileManager.default.attributesOfItem(atPath: socket)
        #expect((attributes[.posixPermissions] as? Int) == 0o660, "the socket is mode 0660")
        #expect((attributes[.groupOwnerAccountName] as? String) == "root", "with socket.group")

        #expect(try await Self.curl(socket, "GET", "/v1/status").status == 200)
        // Every answer names the configured time zone, so ehc-reviewctl shows times in it.
        let head = try await offThread { () throws -> String in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            process.arguments = ["-s", "-i", "--unix-socket", socket, "http://localhost/v1/status"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            process.waitUntilExit()
            return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        #expect(head.lowercased().contains("x-ehc-time-zone: europe/london"), "\(head.prefix(400))")
        let child = try await Self.curl(socket, "POST", "/v1/children",
                                  json: #"{"given_name":"Amira","family_name":"Begum","date_of_birth":"2015-06-01"}"#,
                                  headers: ["Idempotency-Key: live-1"])
        #expect(child.status == 201, "\(child.body)")
        let again = try await Self.curl(socket, "POST", "/v1/children",
                                  json: #"{"given_name":"Amira","family_name":"Begum","date_of_birth":"2015-06-01"}"#,
                                  headers: ["Idempotency-Key: live-1"])
        #expect(again.status == 201 && again.body == child.body, "the same key and body answer the same")
        let bad = try await Self.curl(socket, "POST", "/v1/children",
                                json: #"{"given_name":"A","family_name":"B","date_of_birth":"2026-02-30"}"#)
        #expect(bad.status == 400)
        #expect(bad.body.contains(#""field":"date_of_birth""#))
        let audit = try await Self.curl(socket, "GET", "/v1/audit")
        #expect(audit.body.contains(#""user_name":"root""#) && audit.body.contains("child.add"))
        #expect(audit.body.components(separatedBy: "child.add").count == 2, "the retried write acted once")
        _ = await daemon.stop()
    }

    @Test("a reader (another uid in the socket's group) is refused a write with 403, and it is audited")
    func readerRefused() async throws {
        guard getuid() == 0 else {
            print("skipped: running as another uid needs root (CI runs as root)")
            return
        }
        let daemon = try DaemonProcessTests.Running()
        #expect(await daemon.messages(until: "READY=1").contains { $0.contains("READY=1") })
        let socket = daemon.scratch.folder.appendingPathComponent("admin.sock").path
        // The temporary folder must let the other user through to the socket.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: daemon.scratch.folder.path)
        let read = try await Self.curl(socket, "GET", "/v1/status", asUID: 65534)
        #expect(read.status == 200, "a reader may read: \(read.body)")
        let write = try await Self.curl(socket, "POST", "/v1/children",
                                  json: #"{"given_name":"A","family_name":"B","date_of_birth":"2015-01-01"}"#, asUID: 65534)
        #expect(write.status == 403, "\(write.body)")
        let audit = try await Self.curl(socket, "GET", "/v1/audit")
        #expect(audit.body.contains(#""action":"denied""#) && audit.body.contains(#""uid":65534"#), "\(audit.body)")
        _ = await daemon.stop()
    }

    @Test("every validation error of the API, over the wire, names its field and changes nothing")
    func validationOverTheWire() async throws {
        let daemon = try DaemonProcessTests.Running()
        #expect(await daemon.messages(until: "READY=1").contains { $0.contains("READY=1") })
        let socket = daemon.scratch.folder.appendingPathComponent("admin.sock").path
        for (path, json, field) in AdminAPIValidationTests.cases {
            let answer = try await Self.curl(socket, "POST", path, json: json)
            #expect(answer.status == 400 || answer.status == 422, "\(path) \(json): \(answer.status)")
            #expect(answer.body.contains(#""field":"\#(field)""#), "\(answer.body)")
        }
        let huge = #"{"given_name":""# + String(repeating: "x", count: (1 << 20) + 10) + #""}"#
        let hugeFile = daemon.scratch.folder.appendingPathComponent("huge.json")
        try huge.write(to: hugeFile, atomically: true, encoding: .utf8)
        #expect(try await Self.curl(socket, "POST", "/v1/children", json: "@" + hugeFile.path).status == 413)
        let audit = try await Self.curl(socket, "GET", "/v1/audit")
        #expect(audit.body == "[]", "nothing was written: \(audit.body)")
        _ = await daemon.stop()
    }

    @Test("a second daemon on a live socket refuses to start; a stale socket file is replaced")
    func liveAndStaleSockets() async throws {
        let first = try DaemonProcessTests.Running()
        #expect(await first.messages(until: "READY=1").contains { $0.contains("READY=1") })
        let (second, errors) = try DaemonProcessTests.run(["--config", first.config.path])
        try await offThread { second.waitUntilExit() }
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(second.terminationStatus != 0)
        #expect(log.contains("already listening"), "\(log)")
        #expect(first.process.isRunning, "the first daemon is untouched")
        // Kill the first without letting it clean up: its socket file stays behind, stale.
        kill(first.process.processIdentifier, SIGKILL)
        let killed = first.process
        try await offThread { killed.waitUntilExit() }
        let socket = first.scratch.folder.appendingPathComponent("admin.sock").path
        #expect(FileManager.default.fileExists(atPath: socket))
        let listener = try NotifySocketListener.atTemporaryPath()
        let (third, _) = try DaemonProcessTests.run(["--config", first.config.path],
                                                    environment: ["NOTIFY_SOCKET": listener.environmentValue])
        var ready = false
        let deadline = Date().addingTimeInterval(30)
        while !ready && Date() < deadline {
            ready = (try? await offThread { try listener.receive() })?.contains("READY=1") ?? false
        }
        #expect(ready, "a stale socket does not stop a new daemon")
        #expect(try await Self.curl(socket, "GET", "/v1/status").status == 200)
        third.terminate()
        try await offThread { third.waitUntilExit() }
        #expect(third.terminationStatus == 0)
    }
}
