public import Foundation
import Hummingbird
import NIOCore
import ReviewAPI

/// Writes an import's request body to a private file as it arrives, so that a file of hundreds of
/// thousands of rows never sits in memory and the import can read it inside one database transaction.
///
/// The file lives next to the database (same disk, the service's own state directory), mode 0600, and is
/// removed by the caller whatever happens. A body over ``limit`` bytes is refused with 413 — this route
/// only: every other route keeps the 1 MiB cap.
public struct ImportSpool {
    /// 1 GiB: a national-scale file of 640,000 plans is about 60 MiB.
    public static let defaultLimit = 1 << 30

    let folder: URL
    let limit: Int

    /// The name every spool file has: what ``clearStale(in:)`` may remove.
    static func isSpoolFile(_ name: String) -> Bool {
        name.hasPrefix(".import-") && name.hasSuffix(".csv")
    }

    /// Removes the spool files an import interrupted by a crash left beside the database (up to 1 GiB each).
    /// Called at start, after the check that no other daemon runs on this socket, so no import is under way.
    /// Returns how many were removed.
    public static func clearStale(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter(isSpoolFile).reduce(0) { removed, name in
            (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) == nil ? removed : removed + 1
        }
    }

    /// The body, on disk. Throws 413 past the limit (the partial file removed).
    func write(_ body: RequestBody) async throws -> URL {
        let url = folder.appendingPathComponent(".import-\(UUID().uuidString).csv")
        assert(Self.isSpoolFile(url.lastPathComponent))
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw ProblemDetails(status: 507, title: "Insufficient storage",
                                 detail: "the import cannot be written to disk beside the database")
        }
        do {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            var written = 0
            var parts = body.makeAsyncIterator()
            while true {
                let next: ByteBuffer?
                do {
                    next = try await parts.next()
                } catch {
                    // The client went away or sent broken HTTP: its fault, not the disk's.
                    throw ProblemDetails(status: 400, title: "Incomplete upload",
                                         detail: "the import file was cut short after \(written) bytes")
                }
                guard let buffer = next else { break }
                written += buffer.readableBytes
                guard written <= limit else {
                    throw ProblemDetails(status: 413, title: "Request too large",
                                         detail: "import files are limited to \(limit >> 20) MiB")
                }
                do {
                    try handle.write(contentsOf: buffer.readableBytesView)
                } catch {
                    throw ProblemDetails(status: 507, title: "Insufficient storage",
                                         detail: "the import could not be written to disk beside the database")
                }
            }
            return url
        } catch {
            try? FileManager.default.removeItem(at: url)
            if error is ProblemDetails { throw error }
            throw ProblemDetails(status: 507, title: "Insufficient storage",
                                 detail: "the import could not be written to disk beside the database")
        }
    }
}
