public import Foundation

/// Where an ``ImportReader`` gets its bytes, a chunk at a time: the core reads what it is handed and opens
/// nothing itself. The daemon hands it the import's spool file (`ImportFile`, at the I/O edge); tests and
/// small uploads hand it bytes already in memory (``ImportBytes``), cut into chunks the same way so that
/// both take the same path through the reader.
public protocol ImportByteSource {
    /// The next chunk of at most `count` bytes, or `nil` at the end. A thrown error ends the import with a
    /// problem saying the file could not be read past the current line.
    mutating func read(upTo count: Int) throws -> Data?
}

/// Bytes already in memory, read in chunks.
public struct ImportBytes: ImportByteSource {
    private let data: Data
    private var offset: Int

    public init(_ data: Data) {
        self.data = data
        offset = data.startIndex
    }

    public mutating func read(upTo count: Int) -> Data? {
        guard offset < data.endIndex else { return nil }
        let end = min(offset + count, data.endIndex)
        defer { offset = end }
        return data[offset..<end]
    }
}
