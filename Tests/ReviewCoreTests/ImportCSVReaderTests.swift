import Foundation
import ReviewCore
import Testing

@Suite("Import: the CSV reader (RFC 4180, streaming, line numbers)")
struct ImportCSVReaderTests {
    /// Records of `text` read in chunks of every size from 1 to 12 and whole: all must agree.
    func records(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [CSVRecord] {
        records(Array(text.utf8), sourceLocation: sourceLocation)
    }

    func records(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> [CSVRecord] {
        let whole = CSVReader.records(in: bytes)
        for size in 1...12 {
            #expect(csvRecords(bytes, chunkSize: size) == whole, "chunks of \(size) bytes", sourceLocation: sourceLocation)
        }
        return whole
    }

    @Test("plain fields, LF and a last line without a line break")
    func plain() {
        #expect(records("a,b,c\n1,2,3") == [
            CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["1", "2", "3"]),
        ])
    }

    @Test("CRLF, a lone CR and a byte-order mark are line ends and nothing more")
    func lineEnds() {
        let found = records("\u{FEFF}a,b\r\n1,2\r3,4\n5,6\r\n")
        #expect(found.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(found.map(\.line) == [1, 2, 3, 4])
    }

    @Test("a BOM split across chunks, and a file of only a BOM")
    func byteOrderMark() {
        #expect(records([0xEF, 0xBB, 0xBF, UInt8(ascii: "x")]) == [CSVRecord(line: 1, fields: ["x"])])
        #expect(records([0xEF, 0xBB, 0xBF]).isEmpty)
        #expect(records([0xEF, 0xBB]).first?.problems.first?.reason.contains("UTF-8") == true)
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks; lines keep counting inside them")
    func quotedFields() {
        let found = records("name,note\n\"Okafor, Joseph\",\"said \"\"hello\"\"\"\n\"two\r\nlines\",\"three\nmore\nlines\"\nlast,row\n")
        #expect(found.map(\.fields) == [
            ["name", "note"], ["Okafor, Joseph", "said \"hello\""], ["two\r\nlines", "three\nmore\nlines"], ["last", "row"],
        ])
        #expect(found.map(\.line) == [1, 2, 3, 7])
        #expect(found.allSatisfy { $0.problems.isEmpty })
    }

    @Test("spaces around unquoted and quoted fields are dropped; inside quotes they are kept")
    func spaces() {
        #expect(records("  a b  ,\tc\t, \" d \" ,\"\"\n").map(\.fields) == [["a b", "c", " d ", ""]])
    }

    @Test("blank lines, lines of spaces and lines of only commas are skipped; line numbers still count them")
    func blankLines() {
        let found = records("\n\na,b\n\n   \n,,,\n\"\",\"\"\r\n1,2\n\n")
        #expect(found.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(found.map(\.line) == [3, 8])
    }

    @Test("empty trailing fields are kept by the reader (the header decides what they mean)")
    func trailingFields() {
        #expect(records("a,b,,,\n").map(\.fields) == [["a", "b", "", "", ""]])
    }

    @Test("a quote inside an unquoted field is a problem on that field; the next record reads normally")
    func strayQuote() {
        let found = records("a,O\"Brien,c\nnext,ok\n")
        #expect(found.map(\.fields) == [["a", "O\"Brien", "c"], ["next", "ok"]])
        #expect(found[0].problems.map(\.field) == [1])
        #expect(found[0].problems.first?.line == 1)
        #expect(found[0].problems.first?.reason.contains("double the quote") == true)
        #expect(found[1].problems.isEmpty)
    }

    @Test("text after a closing quote is a problem on that field")
    func textAfterQuote() {
        let found = records("\"Smith\" Jr,x\n")
        #expect(found.map(\.fields) == [["SmithJr", "x"]])
        #expect(found[0].problems == [CSVProblem(line: 1, field: 0,
                                                 reason: "has text after its closing quote: put the whole value in quotes")])
    }

    @Test("a quote never closed swallows the rest of the file and is reported on the line it opens")
    func unclosedQuote() {
        let found = records("a,b\n1,2\nx,\"open\nmore,stuff\nand more\n")
        #expect(found.count == 3)
        #expect(found[2].line == 3)
        #expect(found[2].fields == ["x", "open\nmore,stuff\nand more\n"])
        #expect(found[2].problems.map(\.line) == [3])
        #expect(found[2].problems.map(\.field) == [1])
        #expect(found[2].problems.first?.reason.contains("never closed") == true)
    }

    @Test("bytes that are not UTF-8 are a problem on their field, on the record's line")
    func notUTF8() {
        var bytes = Array("a,b\nZo".utf8)
        bytes.append(0xEB)
        bytes += Array(",ok\nZo\u{EB},fine\n".utf8)
        let found = records(bytes)
        #expect(found.count == 3)
        #expect(found[1].problems.map(\.field) == [0])
        #expect(found[1].problems.first?.line == 2)
        #expect(found[1].problems.first?.reason.hasPrefix("is not UTF-8 text") == true)
        #expect(found[2].fields == ["Zoë", "fine"])
        #expect(found[2].problems.isEmpty)
    }

    @Test("a field longer than the limit keeps the limit and is a problem; memory does not follow the file")
    func longField() {
        var reader = CSVReader(maximumFieldBytes: 10)
        reader.append(Array("short,\"0123456789abcdef\",x\n0123456789ABC,y\n".utf8))
        reader.finish()
        let first = reader.next()
        let second = reader.next()
        #expect(first?.fields == ["short", "0123456789", "x"])
        #expect(first?.problems.first?.reason.contains("longer than 10 bytes") == true)
        #expect(first?.problems.first?.reason.contains("line 1") == true)
        #expect(second?.fields == ["0123456789", "y"])
        #expect(second?.problems.map(\.field) == [0])
        #expect(reader.next() == nil)
        #expect(reader.isAtEnd)
    }

    @Test("an empty input has no records")
    func empty() {
        #expect(records("").isEmpty)
        #expect(records("\r\n\n").isEmpty)
    }
}
