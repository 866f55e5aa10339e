import Foundation
import GRDB
import ReviewTestSupport
import Testing

/// The real `ehc-reviewd` binary, started as systemd would start it: a config file, a notification
/// socket, SIGTERM to stop.
@Suite("ehc-reviewd as a real process", .serialized)
struct DaemonProcessTests {
    /// The built binary, next to this test bundle.
    static func binary() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("ehc-reviewd")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let debug = root.appendingPathComponent(".build/debug/ehc-reviewd")
        try #require(FileManager.default.isExecutableFile(atPath: debug.path), "build ehc-reviewd first (swift build)")
        return debug
    }

    /// A valid config in a fresh folder, with the database and mail folder inside it.
    static func writeConfig(in folder: URL, extra: String = "") throws -> URL {
        let config = folder.appendingPathComponent("ehc-reviewd.yaml")
        let yaml = """
            database: \(folder.path)/reviews.sqlite
            time_zone: Europe/London
            socket:
              path: \(folder.path)/admin.sock
              group: root
            digest:
              at: "07:00"
              recipients: [sen-team@example.org]
            mail:
              from: "EHC reviews <ehc-reviews@example.org>"
              transport: directory
              directory: \(folder.path)/mail
            \(extra)
            """
        try yaml.write(to: config, atomically: true, encoding: .utf8)
        return config
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "JOURNAL_STREAM")
        env.removeValue(forKey: "WATCHDOG_USEC")
        process.environment = env.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    /// A daemon started on a fresh config with a test notification socket.
    struct Running {
        let scratch: TemporaryDatabase
        let config: URL
        let listener: NotifySocketListener
        let process: Process
        let errors: Pipe

        /// `prepare` runs on the scratch folder before the daemon starts.
        init(environment: [String: String] = [:], prepare: (URL) throws -> Void = { _ in }) throws {
            scratch = try TemporaryDatabase()
            config = try DaemonProcessTests.writeConfig(in: scratch.folder)
            try prepare(scratch.folder)
            listener = try NotifySocketListener.atTemporaryPath()
            (process, errors) = try DaemonProcessTests.run(
                ["--config", config.path],
                environment: environment.merging(["NOTIFY_SOCKET": listener.environmentValue]) { $1 })
        }

        /// The datagrams received until one contains `assignment` (or 30 seconds pass).
        func messages(until assignment: String) async -> [String] {
            let listener = listener
            return (try? await offThread {
                var messages: [String] = []
                let deadline = Date().addingTimeInterval(30)
                while !messages.contains(where: { $0.split(separator: "\n").contains(Substring(assignment)) })
                    && Date() < deadline
                {
                    if let message = try? listener.receive() { messages.append(message) }
                }
                return messages
            }) ?? []
        }

        /// SIGTERM, then the exit and everything written to stderr.
        func stop() async -> String {
            let process = process
            let errors = errors
            return (try? await offThread {
                process.terminate()
                process.waitUntilExit()
                return String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            }) ?? ""
        }
    }

    @Test("starts, says READY=1 over NOTIFY_SOCKET, stops cleanly on SIGTERM, and leaves an intact database")
    func readyThenCleanStop() async throws {
        let daemon = try Running()
        let folder = daemon.scratch.folder
        let listener = daemon.listener
        let process = daemon.process
        let messages = await daemon.messages(until: "READY=1")
        #expect(messages.contains { $0.split(separator: "\n").contains("READY=1") }, "got \(messages)")
        let ready = messages.first { $0.contains("READY=1") } ?? ""
        #expect(ready.contains("STATUS=Watching 0 plans"), "a status line worth reading: \(ready)")

        let log = await daemon.stop()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0, "\(log)")
        #expect(log.contains("stopped cleanly"), "\(log)")
        var stopping = false
        while listener.hasPendingDatagram() {
            if let message = try? listener.receive(), message.contains("STOPPING=1") { stopping = true }
        }
        #expect(stopping, "STOPPING=1 was sent")

        let queue = try DatabaseQueue(path: folder.appendingPathComponent("reviews.sqlite").path)
        let check = try await queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        let tables = try await queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'deadlines'") }
        #expect(tables == 1, "the database was migrated before READY")
    }

    @Test("an import's spool file left by a crash is removed at start; other files beside the database are kept")
    func staleSpoolRemoved() async throws {
        let daemon = try Running { folder in
            try Data(repeating: 65, count: 4096).write(to: folder.appendingPathComponent(".import-0A1B.csv"))
            try Data("keep".utf8).write(to: folder.appendingPathComponent("plans.csv"))
        }
        let folder = daemon.scratch.folder
        _ = await daemon.messages(until: "READY=1")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let log = await daemon.stop()
        #expect(!names.contains(".import-0A1B.csv"), "\(names)")
        #expect(names.contains("plans.csv"))
        #expect(log.contains("removed the spool files"), "\(log)")
    }

    @Test("SIGHUP re-reads the file and logs each changed key; the daemon keeps running")
    func reloadOnHangup() async throws {
        let daemon = try Running()
        let config = daemon.config
        let process = daemon.process
        #expect(await daemon.messages(until: "READY=1").contains { $0.contains("READY=1") })
        let text = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "\"07:00\"", with: "\"06:15\"")
        try text.write(to: config, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        let reloaded = await daemon.messages(until: "STATUS=Reloaded configuration")
        #expect(reloaded.contains { $0.contains("RELOADING=1") }, "\(reloaded)")
        #expect(reloaded.contains { $0.contains("STATUS=Reloaded configuration") }, "READY=1 with a status after RELOADING=1")
        #expect(process.isRunning)
        let log = await daemon.stop()
        #expect(log.contains("configuration reloaded") && log.contains("digest.at"), "\(log)")
        #expect(process.terminationStatus == 0)
    }

    @Test("a bad config is refused with each bad key named, and exit code 78")
    func badConfigRefused() async throws {
        let scratch = try TemporaryDatabase()
        defer { withExtendedLifetime(scratch) {} }
        let folder = scratch.folder
        let config = try Self.writeConfig(in: folder, extra: "")
        var text = try String(contentsOf: config, encoding: .utf8)
        text = text.replacingOccurrences(of: "Europe/London", with: "Europe/Atlantis")
            .replacingOccurrences(of: "\"07:00\"", with: "\"7 o'clock\"")
            .replacingOccurrences(of: "transport: directory", with: "transport: pigeon")
        try text.write(to: config, atomically: true, encoding: .utf8)

        for arguments in [["--check-config", "--config", config.path], ["--config", config.path]] {
            let (process, errors) = try Self.run(arguments)
            try await offThread { process.waitUntilExit() }
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 78, "\(arguments): \(output)")
            for key in ["time_zone", "digest.at", "mail.transport"] {
                #expect(output.contains(key), "\(arguments) names \(key): \(output)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reviews.sqlite").path),
                "refusing to start creates no database")
    }

    @Test("a socket folder that does not exist: exit 78 at once naming socket.path (it used to hang), from the check and the start")
    func socketFolderMissing() async throws {
        let scratch = try TemporaryDatabase()
        defer { withExtendedLifetime(scratch) {} }
        let config = try Self.writeConfig(in: scratch.folder)
        let missing = scratch.folder.appendingPathComponent("no-such-folder/admin.sock").path
        for arguments in [["--check-config", "--config", config.path], ["--config", config.path]] {
            let (process, errors) = try Self.run(arguments, environment: ["EHC_REVIEW_SOCKET_PATH": missing])
            let ended = try await offThread { () -> Bool in
                let deadline = Date().addingTimeInterval(30)
                while process.isRunning && Date() < deadline { usleep(20_000) }
                return !process.isRunning
            }
            if !ended { process.terminate() }
            #expect(ended, "\(arguments): the daemon must not hang")
            process.waitUntilExit()
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 78, "\(arguments): \(output)")
            #expect(output.contains("socket.path") && output.contains("EHC_REVIEW_SOCKET_PATH"), "\(arguments): \(output)")
        }
    }

    @Test("--check-config on a good file exits 0")
    func goodConfigAccepted() async throws {
        let scratch = try TemporaryDatabase()
        defer { withExtendedLifetime(scratch) {} }
        let folder = scratch.folder
        let config = try Self.writeConfig(in: folder)
        let (process, _) = try Self.run(["--check-config", "--config", config.path])
        try await offThread { process.waitUntilExit() }
        #expect(process.terminationStatus == 0)
    }

    @Test("a usage error exits 64")
    func usageError() async throws {
        let (process, _) = try Self.run([])
        try await offThread { process.waitUntilExit() }
        #expect(process.terminationStatus == 64)
    }
}
