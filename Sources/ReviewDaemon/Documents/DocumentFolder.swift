import Crypto
public import Foundation
public import Hummingbird
import NIOCore
import ReviewAPI
import ReviewCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plan documents on disk: `documents/<first 2 of the hash>/<sha256>.pdf` beside the database (the
/// service's state directory), each named by the SHA-256 of its bytes, so the same bytes are stored once
/// and a file can never be swapped for another under the same name.
///
/// An upload is streamed to a private temporary file while it is hashed and counted, checked to be a PDF,
/// written to disk (`fsync`), and only then renamed into place and the folder synced: a document the API
/// has answered for survives a power cut. Reading checks the hash again, so a damaged file is never sent.
public struct DocumentFolder: Sendable {
    /// 25 MiB (DESIGN §3).
    public static let maxBytes = 25 << 20

    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The folder beside `database`.
    public init(besideDatabase database: String) {
        self.init(root: URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("documents"))
    }

    /// A stored upload: its hash and size.
    public struct Stored: Sendable, Hashable {
        public var sha256: String
        public var bytes: Int
    }

    /// Streams `body` to disk, refusing more than `limit` bytes (413), an empty body or one that is not a
    /// PDF (422), and a disk that cannot take it (507).
    public func store(_ body: RequestBody, limit: Int = maxBytes) async throws -> Stored {
        try create(root, mode: 0o700)
        let temporary = root.appendingPathComponent(".upload-\(UUID().uuidString).pdf")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600])
        else { throw Self.noSpace }
        defer { try? FileManager.default.removeItem(at: temporary) }
        let handle = try FileHandle(forWritingTo: temporary)
        var hasher = SHA256()
        var written = 0
        var head: [UInt8] = []
        var tail: [UInt8] = []
        do {
            defer { try? handle.close() }
            var parts = body.makeAsyncIterator()
            while true {
                let next: ByteBuffer?
                do { next = try await parts.next() } catch {
                    throw ProblemDetails(status: 400, title: "Incomplete upload",
                                         detail: "the document was cut short after \(written) bytes")
                }
                guard let buffer = next else { break }
                written += buffer.readableBytes
                guard written <= limit else {
                    throw ProblemDetails(status: 413, title: "Request too large",
                                         detail: "a plan document may be at most \(limit >> 20) MiB")
                }
                let bytes = buffer.readableBytesView
                hasher.update(data: Array(bytes))
                if head.count < 8 { head += bytes.prefix(8 - head.count) }
                tail = Array((tail + bytes).suffix(PDFSignature.trailerWindow))
                do { try handle.write(contentsOf: bytes) } catch { throw Self.noSpace }
            }
            guard written > 0 else {
                throw ProblemDetails(status: 422, title: "Not a PDF", detail: "body: the document is empty", field: "body")
            }
            guard PDFSignature.matches(head: head, tail: tail) else {
                throw ProblemDetails(status: 422, title: "Not a PDF",
                                     detail: "body: this is not a PDF (it must start with %PDF- and end with %%EOF)",
                                     field: "body")
            }
            do { try handle.synchronize() } catch { throw Self.noSpace }
        }
        let sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        try place(temporary, as: sha256)
        return Stored(sha256: sha256, bytes: written)
    }

    /// Stores `bytes` already in memory (the demo's example plan), with the same checks and durability.
    public func store(bytes: [UInt8]) throws -> Stored {
        guard PDFSignature.matches(head: bytes.prefix(8), tail: bytes.suffix(PDFSignature.trailerWindow)) else {
            throw ProblemDetails(status: 422, title: "Not a PDF", detail: "body: this is not a PDF", field: "body")
        }
        try create(root, mode: 0o700)
        let temporary = root.appendingPathComponent(".upload-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: temporary) }
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]),
              let handle = try? FileHandle(forWritingTo: temporary)
        else { throw Self.noSpace }
        do { try handle.synchronize() } catch { throw Self.noSpace }
        try? handle.close()
        let sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        try place(temporary, as: sha256)
        return Stored(sha256: sha256, bytes: bytes.count)
    }

    /// Moves a written, synced file to its content address (unless those bytes are there already) and makes
    /// the move durable.
    private func place(_ temporary: URL, as sha256: String) throws {
        let final = path(of: sha256)
        try create(final.deletingLastPathComponent(), mode: 0o700)
        guard !FileManager.default.fileExists(atPath: final.path) else { return }
        guard rename(temporary.path, final.path) == 0 else { throw Self.noSpace }
        Self.syncFolder(final.deletingLastPathComponent())
    }

    /// The bytes of the document with this hash, checked against it; `nil` when the file is missing.
    public func bytes(sha256: String) throws -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path(of: sha256).path) else { return nil }
        let actual = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        guard actual == sha256 else { throw DocumentDamaged(sha256: sha256) }
        return Array(data)
    }

    func path(of sha256: String) -> URL {
        root.appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256 + ".pdf")
    }

    private func create(_ folder: URL, mode: Int) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: mode])
        } catch { throw Self.noSpace }
    }

    /// Makes the rename that put a file in `folder` durable.
    private static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    static let noSpace = ProblemDetails(status: 507, title: "Insufficient storage",
                                        detail: "the document could not be written to disk beside the database")
}

/// A stored document's bytes no longer match its hash: the file was damaged or replaced on disk.
public struct DocumentDamaged: Error, CustomStringConvertible {
    public let sha256: String
    public var description: String { "the stored document \(sha256.prefix(8)) does not match its hash (damaged on disk)" }
}
