import Foundation
import GRDB
import ReviewCore

/// What ``ReviewStore/backup(to:)`` made.
public struct BackupFile: Sendable, Hashable {
    public let path: String
    public let bytes: Int
    /// `PRAGMA integrity_check` of the copy: `["ok"]` for a sound one.
    public let integrity: [String]
}

extension ReviewStore {
    /// Copies the live database to a new file at `path` with SQLite's online backup (GRDB's `backup(to:)`):
    /// one consistent snapshot taken while the daemon keeps running — writers wait only for the copy of
    /// the pages, readers not at all. The copy is a single self-contained file (rollback journal, not WAL,
    /// so it needs no `-wal` beside it), checked with `PRAGMA integrity_check`, and flushed to disk.
    ///
    /// The caller owns the file and removes it. Throws ``StoreError/storageFull`` when the disk fills.
    public func backup(to path: String) async throws -> BackupFile {
        let pool = pool
        let result: Result<BackupFile, any Error> = await withCheckedContinuation { continuation in
            // The copy blocks its thread for as long as it takes: not on the cooperative pool.
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(returning: Result {
                    let copy = try DatabaseQueue(path: path)
                    try pool.backup(to: copy)
                    let integrity = try copy.writeWithoutTransaction { db -> [String] in
                        try db.execute(sql: "PRAGMA journal_mode = DELETE")
                        return try String.fetchAll(db, sql: "PRAGMA integrity_check")
                    }
                    try copy.close()
                    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
                    try handle.synchronize()
                    try handle.close()
                    let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                    return BackupFile(path: path, bytes: bytes, integrity: integrity)
                })
            }
        }
        do {
            return try result.get()
        } catch {
            throw ConstraintMapping.storeError(from: error)
        }
    }
}
