/// Turns the bytes of one record's fields into text, reporting each field that is not UTF-8.
///
/// It is apart from ``CSVReader`` because it is the one step that looks at what the bytes mean: the reader
/// only finds where fields start and end, so a chunk can end inside a multi-byte character and nothing is
/// decoded until the record is whole.
enum CSVFieldText {
    /// The record whose fields are `bytes` cut at `fieldEnds`, with `problems` and one more for each field
    /// that is not UTF-8 (that field's text then has U+FFFD in place of the bad bytes).
    static func record(line: Int, bytes: [UInt8], fieldEnds: [Int], problems: [CSVProblem]) -> CSVRecord {
        var fields: [String] = []
        fields.reserveCapacity(fieldEnds.count)
        var notUTF8: [Int] = []
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (index, end) in fieldEnds.enumerated() {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if let text = text(slice) {
                    fields.append(text)
                } else {
                    fields.append(String(decoding: slice, as: UTF8.self))
                    notUTF8.append(index)
                }
                start = end
            }
        }
        var found = problems
        for index in notUTF8 where !found.contains(where: { $0.field == index }) {
            found.append(CSVProblem(line: line, field: index, reason: "is not UTF-8 text: save the file as "
                                    + "\"CSV UTF-8\" (in Excel: Save As, CSV UTF-8 (Comma delimited))"))
        }
        found.sort { ($0.field, $0.line) < ($1.field, $1.line) }
        return CSVRecord(line: line, fields: fields, problems: found)
    }

    /// The field as text, or `nil` when its bytes are not UTF-8. ASCII, the usual case, skips validation.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        return ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }
}
