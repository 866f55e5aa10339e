public import Foundation

/// Reads one import file from start to end as a sequence of ``ImportItem``s, in file order: each row
/// checked (`.row`), or every problem of a bad row (`.problems`), the header's problems first.
///
/// It is the whole reading-and-checking half of `ehc-reviewctl import KIND FILE`: the file's bytes are
/// read from the ``ImportByteSource`` it is handed (it opens nothing itself) in chunks of `chunkSize`
/// bytes (256 KiB by default), so memory does not grow with the file; everything is checked that the file
/// alone can tell (see ``ImportParser``). The store then writes the rows — or nothing,
/// if any item was `.problems`, after reporting them all.
///
/// ```swift
/// var problems: [ImportProblem] = []
/// for item in ImportReader(kind: .plans, source: ImportBytes(data), today: today) {
///     switch item {
///     case .row(let row): rows.append(row)          // or stage it in the transaction
///     case .problems(let found): problems += found
///     }
/// }
/// ```
///
/// A read error (a disk error) ends the sequence with a problem saying so, so that it counts like any other
/// reason to refuse the file.
public struct ImportReader: Sequence, IteratorProtocol {
    public static let defaultChunkSize = 256 * 1024

    private var parser: ImportParser
    private var source: any ImportByteSource
    private let chunkSize: Int
    private var failed = false

    /// Reads `source` (the bytes of one file) in chunks of `chunkSize` bytes. `today` is the authority's
    /// local date (history may not be after it).
    public init(kind: ImportKind, source: any ImportByteSource, today: CivilDate,
                chunkSize: Int = ImportReader.defaultChunkSize) {
        parser = ImportParser(kind: kind, today: today)
        self.source = source
        self.chunkSize = Swift.max(1, chunkSize)
    }

    /// Reads a file already in memory, in chunks of `chunkSize` bytes (a small size makes every chunk
    /// boundary of a test file fall somewhere awkward).
    public init(kind: ImportKind, data: Data, today: CivilDate, chunkSize: Int = ImportReader.defaultChunkSize) {
        self.init(kind: kind, source: ImportBytes(data), today: today, chunkSize: chunkSize)
    }

    public mutating func next() -> ImportItem? {
        while !failed {
            if let item = parser.next() { return item }
            if parser.isAtEnd { return nil }
            do {
                if let chunk = try source.read(upTo: chunkSize), !chunk.isEmpty {
                    parser.append(chunk)
                } else {
                    parser.finish()
                }
            } catch {
                failed = true
                return .problems([ImportProblem(line: parser.currentLine, column: nil,
                                                reason: "the file could not be read past this line: " + Self.reason(error))])
            }
        }
        return nil
    }

    /// Every item of the file, for tests and small files.
    public static func items(kind: ImportKind, data: Data, today: CivilDate,
                             chunkSize: Int = ImportReader.defaultChunkSize) -> [ImportItem] {
        Array(ImportReader(kind: kind, data: data, today: today, chunkSize: chunkSize))
    }

    private static func reason(_ error: any Error) -> String { error.localizedDescription }
}
