import Foundation
import GRDB
import ReviewTestSupport
import Testing

/// `ehc-reviewctl backup FILE` against the real daemon, and the restore an admin would do from
/// docs/operations.md: the restored daemon answers with the same plans, deadlines and outbox. A database
/// from a newer release stops the daemon with exit 78, naming `database`.
@Suite("Backup and restore with the real binaries", .serialized)
struct BackupProcessTests {
    static func get(_ socket: String, _ path: String) async throws -> String {
        let answer = try await AdminSocketLiveTests.curl(socket, "GET", path)
        #expect(answer.status == 200, "\(path): \(answer.body)")
        return answer.body
    }

    @Test("backup while running, restore into a fresh daemon: same plans, deadlines and notices")
    func backupRestore() async throws {
        let daemon = try DaemonProcessTests.Running()
        _ = await daemon.messages(until: "READY=1")
        let socket = daemon.scratch.folder.appendingPathComponent("admin.sock").path
        let child = try await AdminSocketLiveTests.curl(socket, "POST", "/v1/children",
                                                        json: #"{"given_name":"Amira","family_name":"Begum","date_of_birth":"2012-05-10"}"#)
        #expect(child.status == 201)
        #expect(try await AdminSocketLiveTests.curl(socket, "POST", "/v1/professionals",
                                                    json: #"{"name":"Sam","email":"sam@nhs.example","role":"physiotherapist"}"#).status == 201)
        #expect(try await AdminSocketLiveTests.curl(socket, "POST", "/v1/plans", json: #"{"child_id":1,"reference":"EHC-1"}"#).status == 201)
        #expect(try await AdminSocketLiveTests.curl(socket, "PUT", "/v1/plans/1/contributors/1").status == 201)
        #expect(try await AdminSocketLiveTests.curl(socket, "POST", "/v1/plans/1/events",
                                                    json: #"{"kind":"final_issued","on":"2025-03-14"}"#).status == 201)
        let before = (plans: try await Self.get(socket, "/v1/plans"),
                      deadlines: try await Self.get(socket, "/v1/plans/1/deadlines?as_of=2026-06-01"),
                      notices: try await Self.get(socket, "/v1/notices"))

        let target = daemon.scratch.folder.appendingPathComponent("backup/ehc.sqlite")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let run = try await ControlBinary.run(["backup", target.path, "--socket", socket])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("integrity check: ok"), "\(run.standardOutput)")
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        #expect(attributes[.posixPermissions] as? Int == 0o600, "the copy holds everything: owner only")
        let audit = try await Self.get(socket, "/v1/audit?limit=1")
        #expect(audit.contains("database.backup"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: daemon.scratch.folder.path).filter { $0.hasPrefix(".backup-") }
        #expect(leftovers.isEmpty, "no copy left beside the live database: \(leftovers)")
        _ = await daemon.stop()

        // Restore as docs/operations.md says: the copy becomes the database of a (new) daemon.
        let restored = try DaemonProcessTests.Running { folder in
            try FileManager.default.copyItem(at: target, to: folder.appendingPathComponent("reviews.sqlite"))
        }
        _ = await restored.messages(until: "READY=1")
        let restoredSocket = restored.scratch.folder.appendingPathComponent("admin.sock").path
        #expect(try await Self.get(restoredSocket, "/v1/plans") == before.plans)
        #expect(try await Self.get(restoredSocket, "/v1/plans/1/deadlines?as_of=2026-06-01") == before.deadlines)
        #expect(try await Self.get(restoredSocket, "/v1/notices") == before.notices)
        _ = await restored.stop()
    }

    @Test("a backup to a folder that does not exist exits 73 and leaves nothing; a reader is refused")
    func backupRefusals() async throws {
        let daemon = try DaemonProcessTests.Running()
        _ = await daemon.messages(until: "READY=1")
        let socket = daemon.scratch.folder.appendingPathComponent("admin.sock").path
        let missing = try await ControlBinary.run(["backup", "/nonexistent-\(UUID().uuidString)/x.sqlite", "--socket", socket])
        #expect(missing.status == 73, "\(missing.standardError)")
        if getuid() == 0 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            let target = daemon.scratch.folder.appendingPathComponent("reader.sqlite").path
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: daemon.scratch.folder.path)
            process.arguments = ["--reuid=65534", "--regid=0", "--clear-groups", try ControlBinary.path().path,
                                 "backup", target, "--socket", socket]
            process.standardError = FileHandle.nullDevice
            try process.run()
            try await offThread { process.waitUntilExit() }
            #expect(process.terminationStatus == 77, "a reader may not take the whole database")
            #expect(!FileManager.default.fileExists(atPath: target))
        }
        _ = await daemon.stop()
    }

    @Test("a database migrated by a newer release: exit 78 naming database, the file untouched")
    func newerDatabase() async throws {
        let daemon = try DaemonProcessTests.Running()
        _ = await daemon.messages(until: "READY=1")
        _ = await daemon.stop()
        let path = daemon.scratch.folder.appendingPathComponent("reviews.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99_future')") }
        try queue.close()
        let (process, errors) = try DaemonProcessTests.run(["--config", daemon.config.path])
        try await offThread { process.waitUntilExit() }
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 78, "\(output)")
        #expect(output.contains("database") && output.contains("newer ehc-reviewd") && output.contains("v99_future"), "\(output)")
    }
}
