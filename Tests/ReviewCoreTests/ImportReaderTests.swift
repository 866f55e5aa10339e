import Foundation
import ReviewCore
import ReviewTestSupport
import Testing

@Suite("Import: reading files from disk, and the documented examples")
struct ImportReaderTests {
    @Test("each example in docs/import reads without a problem", arguments: ImportKind.allCases)
    func examples(kind: ImportKind) throws {
        let path = importExampleDirectory.appendingPathComponent("\(kind.rawValue).csv").path
        let items = Array(try ImportReader(kind: kind, path: path, today: importToday))
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

    @Test("reading a file from disk gives what reading its bytes gives, at any chunk size")
    func fileMatchesData() throws {
        let url = importFixtureDirectory.appendingPathComponent("plans-history.csv")
        let fromData = ImportReader.items(kind: .plans, data: try Data(contentsOf: url), today: importToday)
        for size in [1, 10, ImportReader.defaultChunkSize] {
            #expect(Array(try ImportReader(kind: .plans, path: url.path, today: importToday, chunkSize: size)) == fromData)
        }
    }

    @Test("a file that cannot be opened throws, naming the path")
    func missingFile() {
        let error = #expect(throws: ImportFileError.self) {
            _ = try ImportReader(kind: .plans, path: "/nonexistent/plans.csv", today: importToday)
        }
        #expect(error?.description.hasPrefix("cannot read /nonexistent/plans.csv: ") == true)
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
