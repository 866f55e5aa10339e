import Foundation
import ReviewCore
import ReviewTestSupport
import Testing

/// A file read a chunk at a time through the reader's byte-source seam, as the daemon's spool file is.
struct FileChunks: ImportByteSource {
    let handle: FileHandle

    init(_ url: URL) throws { handle = try FileHandle(forReadingFrom: url) }

    mutating func read(upTo count: Int) throws -> Data? { try handle.read(upToCount: count) }
}

@Suite("Import: reading files, and the documented examples")
struct ImportReaderTests {
    @Test("each example in docs/import reads without a problem", arguments: ImportKind.allCases)
    func examples(kind: ImportKind) throws {
        let url = importExampleDirectory.appendingPathComponent("\(kind.rawValue).csv")
        let items = Array(ImportReader(kind: kind, source: try FileChunks(url), today: importToday))
        #expect(items.problemLines == [])
        #expect(items.rows.count == 5)
    }

    @Test("the children example was saved by Excel: a byte-order mark and CRLF, UK dates")
    func excelExample() throws {
        let bytes = try Data(contentsOf: importExampleDirectory.appendingPathComponent("children.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes, as: UTF8.self).contains("\r\n"))
        #expect(ImportReader.items(kind: .children, data: bytes, today: importToday).rows.first
                    == .child(ChildImportRow(line: 2, childRef: "LL-004512", givenName: "Amelia", familyName: "Hughes",
                                             dateOfBirth: day("2014-03-14"), yearGroup: nil)))
    }

    @Test("reading a file a chunk at a time gives what reading its bytes gives, at any chunk size")
    func fileMatchesData() throws {
        let url = importFixtureDirectory.appendingPathComponent("plans-history.csv")
        let fromData = ImportReader.items(kind: .plans, data: try Data(contentsOf: url), today: importToday)
        for size in [1, 10, ImportReader.defaultChunkSize] {
            #expect(Array(ImportReader(kind: .plans, source: try FileChunks(url), today: importToday, chunkSize: size)) == fromData)
        }
    }

    @Test("a source that fails part-way ends the file with a problem at the line reached, never a crash")
    func failingSource() {
        struct Failing: ImportByteSource {
            var sent = false
            struct Broken: Error {}
            mutating func read(upTo count: Int) throws -> Data? {
                guard !sent else { throw Broken() }
                sent = true
                return Data("child_ref,given_name,family_name,date_of_birth\nLL-1,A,B,2014-03-14\n".utf8)
            }
        }
        let items = Array(ImportReader(kind: .children, source: Failing(), today: importToday))
        #expect(items.rows.count == 1)
        #expect(items.problemLines.count == 1)
    }

    @Test("the push parser gives the same items when fed a body chunk by chunk")
    func pushParser() throws {
        let data = try importFixture("professionals-messy.csv")
        var parser = ImportParser(kind: .professionals, today: importToday)
        var items: [ImportItem] = []
        var offset = data.startIndex
        while offset < data.endIndex {
            parser.append(data[offset..<min(offset + 13, data.endIndex)])
            offset += 13
            while let item = parser.next() { items.append(item) }
        }
        parser.finish()
        while let item = parser.next() { items.append(item) }
        #expect(parser.isAtEnd)
        #expect(items == ImportReader.items(kind: .professionals, data: data, today: importToday))
    }
}
