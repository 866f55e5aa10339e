import Foundation
import ReviewCore

/// An import's spool file as an ``ImportByteSource``: the I/O half of reading an import, kept out of the
/// core, which only parses the bytes it is handed.
struct ImportFile: ImportByteSource {
    /// A file that could not be opened: the one failure that comes before any line can be read.
    struct OpenError: Error, Sendable, CustomStringConvertible {
        var path: String
        var reason: String

        var description: String { "cannot read \(path): \(reason)" }
    }

    private var handle: FileHandle?

    init(path: String) throws(OpenError) {
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw OpenError(path: path, reason: error.localizedDescription)
        }
    }

    mutating func read(upTo count: Int) throws -> Data? {
        guard let handle else { return nil }
        if let chunk = try handle.read(upToCount: count), !chunk.isEmpty { return chunk }
        try? handle.close()
        self.handle = nil
        return nil
    }
}
