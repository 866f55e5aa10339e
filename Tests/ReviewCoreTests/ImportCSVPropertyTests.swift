import Foundation
import PropertyBased
import ReviewCore
import Testing

/// Characters that stress a CSV reader: separators, quotes, every kind of line end, blanks, and text beyond
/// ASCII of two, three and four bytes in UTF-8 (so chunk boundaries fall inside them).
private let csvAlphabet: [Character] = Array("ab ,\"\r\n\t'é€😀;=") + ["\r\n"]
private let csvCharacters = Gen.int(in: 0...(csvAlphabet.count - 1)).map { csvAlphabet[$0] }
private let lineEnds = Gen.int(in: 0...2).map { ["\n", "\r\n", "\r"][$0] }
/// A record: 1 to 5 fields of 0 to 8 such characters.
private let csvRecordGen = csvCharacters.string(of: 0...8).array(of: 1...5)

@Suite("Import: the CSV reader — properties")
struct ImportCSVPropertyTests {
    /// A field as an RFC 4180 writer puts it: quoted when it holds a separator, a quote, a line break, or
    /// blanks at either end (which an unquoted field loses), with quotes doubled.
    static func write(_ field: String) -> String {
        let special = ",\"\r\n".unicodeScalars
        let blank: (Character?) -> Bool = { $0 == " " || $0 == "\t" }
        let needsQuotes = field.unicodeScalars.contains { special.contains($0) } || blank(field.first) || blank(field.last)
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// Line breaks in `text`: CR, LF, and CRLF counted once.
    static func lineBreaks(_ text: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && !afterCR) { count += 1 }
            afterCR = scalar == "\r"
        }
        return count
    }

    @Test("what a writer writes, the reader reads back: same fields, any line ends, any chunk size")
    func roundTrip() async {
        await propertyCheck(count: 300, input: csvRecordGen.array(of: 0...6), Gen.int(in: 1...9),
                            lineEnds) { records, chunkSize, lineEnd in
            let text = records.map { $0.map(Self.write).joined(separator: ",") }.joined(separator: lineEnd)
            let read = csvRecords(Array(text.utf8), chunkSize: chunkSize)

            // A record whose fields are all empty is a blank line, which the reader skips.
            let expected = records.filter { $0.contains { !$0.isEmpty } }
            #expect(read.map(\.fields) == expected)
            #expect(read.allSatisfy { $0.problems.isEmpty })
            // Each record starts one line after the line breaks written before it.
            var line = 1
            var lines: [Int] = []
            for record in records {
                if record.contains(where: { !$0.isEmpty }) { lines.append(line) }
                line += Self.lineBreaks(record.map(Self.write).joined(separator: ",") + lineEnd)
            }
            #expect(read.map(\.line) == lines)
        }
    }
}
