import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import ReviewAPI
import ReviewCore
import ReviewStore

/// `POST /v1/backup`: a consistent copy of the live database, taken with SQLite's online backup while the
/// daemon runs, checked, and streamed to the caller (`ehc-reviewctl backup FILE` writes it). Writers only:
/// the copy holds everything the daemon knows. Audited.
///
/// The copy is made in the database's own folder (the service's state directory: the only place a hardened
/// unit may write, and on the same disk) as `.backup-*.sqlite`, removed once sent — or at the next start,
/// if the daemon stopped half-way.
enum BackupRoutes {
    static func isBackupFile(_ name: String) -> Bool {
        name.hasPrefix(".backup-") && name.hasSuffix(".sqlite")
    }

    /// Removes the copies a stopped daemon left; returns how many.
    static func clearStale(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter(isBackupFile).reduce(0) { removed, name in
            (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) == nil ? removed : removed + 1
        }
    }

    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        router.post("/v1/backup") { _, context in
            let actor = try await env.admin(context, route: "POST /v1/backup")
            let folder = URL(fileURLWithPath: env.live.value.database).deletingLastPathComponent()
            let path = folder.appendingPathComponent(".backup-\(UUID().uuidString).sqlite").path
            let copy: BackupFile
            do {
                copy = try await env.store.backup(to: path)
            } catch {
                try? FileManager.default.removeItem(atPath: path)
                throw error
            }
            guard copy.integrity == ["ok"] else {
                try? FileManager.default.removeItem(atPath: path)
                throw ProblemDetails(status: 500, title: "Backup failed its check",
                                     detail: "the copy did not pass PRAGMA integrity_check; the live database may need attention (see the log)")
            }
            // Opened before it is unlinked: the bytes stay readable until the handle closes, and no copy
            // of the whole database is left on disk whatever happens to the connection.
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            try? FileManager.default.removeItem(atPath: path)
            try await env.store.appendAudit(action: "database.backup", entity: "database",
                                            summary: "backup of \(copy.bytes) bytes taken", by: actor)
            var headers = HTTPFields()
            headers[.contentType] = "application/vnd.sqlite3"
            headers[.contentDisposition] = "attachment; filename=\"ehc-review-\(env.today).sqlite\""
            headers[HTTPField.Name("X-Integrity-Check")!] = "ok"
            return Response(status: .ok, headers: headers, body: ResponseBody(contentLength: copy.bytes) { writer in
                defer { try? handle.close() }
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                    try await writer.write(ByteBuffer(bytes: chunk))
                }
                try await writer.finish(nil)
            })
        }
    }
}
