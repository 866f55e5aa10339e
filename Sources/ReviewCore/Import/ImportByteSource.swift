import Foundation

/// Where an ``ImportReader`` gets its bytes: a file read a chunk at a time, so that a whole region's
/// export never sits in memory, or bytes already in memory (tests, small uploads), cut into chunks the
/// same way so that both take the same path through the reader.
enum ImportByteSource {
    case file(FileHandle)
    case data(Data, offset: Int)
    case closed

    /// The next chunk of at most `count` bytes, or `nil` at the end (when a file is also closed).
    mutating func read(_ count: Int) throws -> Data? {
        switch self {
        case .file(let handle):
            if let chunk = try handle.read(upToCount: count), !chunk.isEmpty { return chunk }
            try? handle.close()
            self = .closed
            return nil
        case .data(let data, let offset):
            guard offset < data.endIndex else {
                self = .closed
                return nil
            }
            let end = min(offset + count, data.endIndex)
            self = .data(data, offset: end)
            return data[offset..<end]
        case .closed:
            return nil
        }
    }
}
