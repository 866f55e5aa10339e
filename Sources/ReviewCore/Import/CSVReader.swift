/// A streaming RFC 4180 reader: bytes go in by chunks of any size, records come out one at a time, each
/// with the physical line it starts on.
///
/// It exists because an authority's export can hold 640,000 plans: the file is never held whole (memory
/// stays at one chunk plus one record), and the work is done on bytes, not `Character`s, so that reading is
/// a small part of an import. It reads what spreadsheets and case-management systems really write:
///
/// - UTF-8 with or without a byte-order mark; lines ended by CRLF, LF or a lone CR (old Mac exports).
/// - Quoted fields with commas, doubled quotes (`""`) and line breaks; line numbers keep counting inside
///   them, so every record carries the line a person would look at.
/// - Spaces and tabs around an unquoted field are dropped. Around a quoted field they are dropped too
///   (`  "Smith, J"  ` reads `Smith, J`), but what is inside the quotes is kept as written: quoting is how a
///   writer says "exactly this".
/// - A record with nothing in it (an empty line, spaces, or only commas, as spreadsheets write for a blank
///   row) is skipped.
///
/// Bad syntax does not stop the reading: the record still comes out, with a ``CSVProblem`` per bad field
/// (a quote inside an unquoted field, text after a closing quote, bytes that are not UTF-8, a field over
/// `maximumFieldBytes`), and the next record is read normally. A quote never closed swallows the rest of
/// the file, as RFC 4180 says it must; the problem names the line it opened on. No field keeps more than
/// `maximumFieldBytes`, so even that case cannot make memory grow with the file.
///
/// ```swift
/// var reader = CSVReader()
/// reader.append(chunk)                    // as often as chunks arrive
/// while let record = reader.next() { … }  // nil: give it more bytes, or call finish()
/// reader.finish()
/// while let record = reader.next() { … }  // the last record, if the file had no final line break
/// ```
public struct CSVReader: Sendable {
    /// No real value comes near this; a field that does is almost always an unclosed quote.
    public static let defaultMaximumFieldBytes = 65_536

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterQuoted }

    private let maximumFieldBytes: Int
    private var input: [UInt8] = []
    private var position = 0
    private var finished = false
    private var done = false
    private var checkedBOM = false

    private var line = 1
    /// The byte just read was a CR: a LF right after it belongs to the same line break.
    private var afterCR = false
    private var state = State.fieldStart
    private var recordLine = 1
    /// The current record's field bytes back to back; `fieldEnds` says where each finished field ends.
    private var content: [UInt8] = []
    private var fieldEnds: [Int] = []
    private var fieldStart = 0
    /// Where an unquoted field ends without its trailing blanks.
    private var trimmedEnd = 0
    private var quoteLine = 0
    private var fieldHasProblem = false
    private var problems: [CSVProblem] = []

    public init(maximumFieldBytes: Int = CSVReader.defaultMaximumFieldBytes) {
        self.maximumFieldBytes = maximumFieldBytes
    }

    /// True once ``finish()`` was called and every record has been returned.
    public var isAtEnd: Bool { done }

    /// The physical line the reading has reached.
    var currentLine: Int { line }

    /// Adds the next bytes of the file. A chunk may end anywhere: inside a field, a CRLF or a UTF-8 sequence.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        assert(!finished, "append after finish")
        if position == input.count {
            input.removeAll(keepingCapacity: true)
        } else if position > 0 {
            input.removeSubrange(0..<position)
        }
        position = 0
        input.append(contentsOf: bytes)
    }

    /// Says that no more bytes will come, so that a last record without a final line break is returned.
    public mutating func finish() {
        finished = true
    }

    /// The next complete record, or `nil` when the bytes given so far hold no further complete record
    /// (append more, or finish) or, after ``finish()``, when the file is done.
    public mutating func next() -> CSVRecord? {
        if done { return nil }
        if !checkedBOM {
            let available = input.count - position
            guard available >= 3 || finished else { return nil }
            if available >= 3, input[position] == 0xEF, input[position + 1] == 0xBB, input[position + 2] == 0xBF {
                position += 3
            }
            checkedBOM = true
        }
        let bytes = input
        if let record = bytes.withUnsafeBufferPointer({ scan($0) }) { return record }
        guard finished else { return nil }
        done = true
        return endOfInput()
    }

    /// Every record of a whole file held in memory: for tests and small inputs.
    public static func records(in bytes: some Sequence<UInt8>) -> [CSVRecord] {
        var reader = CSVReader()
        reader.append(bytes)
        reader.finish()
        var records: [CSVRecord] = []
        while let record = reader.next() { records.append(record) }
        return records
    }

    // MARK: - The state machine

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"),
                       lf = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// Reads from `position` until a record is complete (returned) or the bytes run out (`nil`).
    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> CSVRecord? {
        let end = buffer.count
        while position < end {
            let byte = buffer[position]
            switch state {
            case .fieldStart:
                if afterCR {
                    afterCR = false
                    if byte == Self.lf { position += 1; continue }
                }
                switch byte {
                case Self.space, Self.tab: position += 1
                case Self.quote: state = .quoted; quoteLine = line; position += 1
                case Self.comma: position += 1; endField()
                case Self.cr, Self.lf:
                    position += 1
                    if let record = endLine(byte) { return record }
                default: state = .unquoted; trimmedEnd = content.count
                }
            case .unquoted:
                var stop = position
                while stop < end {
                    let b = buffer[stop]
                    if b == Self.comma || b == Self.quote || b == Self.cr || b == Self.lf { break }
                    stop += 1
                }
                if stop > position {
                    var last = stop
                    while last > position, buffer[last - 1] == Self.space || buffer[last - 1] == Self.tab { last -= 1 }
                    if !appendContent(buffer, from: position, to: stop) {
                        trimmedEnd = content.count
                    } else if last > position {
                        trimmedEnd = content.count - (stop - last)
                    }
                    position = stop
                }
                guard stop < end else { break }
                let stopByte = buffer[stop]
                position += 1
                if stopByte == Self.quote {
                    flag("has a quote (\") inside a value that does not start with one: put the whole value in "
                         + "quotes and double the quote (\"\")")
                    _ = appendContent(buffer, from: stop, to: stop + 1)
                    trimmedEnd = content.count
                } else if stopByte == Self.comma {
                    endField()
                } else if let record = endLine(stopByte) {
                    return record
                }
            case .quoted:
                var stop = position
                while stop < end {
                    let b = buffer[stop]
                    if b == Self.quote { break }
                    if b == Self.cr {
                        line += 1
                        afterCR = true
                    } else {
                        if b == Self.lf && !afterCR { line += 1 }
                        afterCR = false
                    }
                    stop += 1
                }
                _ = appendContent(buffer, from: position, to: stop)
                position = stop
                if stop < end {
                    position += 1
                    afterCR = false
                    state = .quoteInQuoted
                }
            case .quoteInQuoted:
                if byte == Self.quote {
                    _ = appendContent(buffer, from: position, to: position + 1)
                    position += 1
                    state = .quoted
                } else {
                    state = .afterQuoted
                }
            case .afterQuoted:
                switch byte {
                case Self.space, Self.tab: position += 1
                case Self.comma: position += 1; endField()
                case Self.cr, Self.lf:
                    position += 1
                    if let record = endLine(byte) { return record }
                default:
                    flag("has text after its closing quote: put the whole value in quotes")
                    state = .unquoted
                    trimmedEnd = content.count
                }
            }
        }
        return nil
    }

    /// Appends `buffer[from..<to]` to the current field, or as much of it as `maximumFieldBytes` leaves room
    /// for, with a problem. Returns whether all the bytes were kept.
    private mutating func appendContent(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let room = maximumFieldBytes - (content.count - fieldStart)
        guard to - from <= room else {
            content.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[from..<from + max(0, room)]))
            let hint = state == .quoted || state == .quoteInQuoted
                ? ": the quote (\") it opens with on line \(quoteLine) is probably never closed" : ""
            flag("is longer than \(maximumFieldBytes) bytes\(hint)")
            return false
        }
        content.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[from..<to]))
        return true
    }

    /// Records one problem for the current field (the first found is the one worth reading).
    private mutating func flag(_ reason: String, line: Int? = nil) {
        guard !fieldHasProblem else { return }
        fieldHasProblem = true
        problems.append(CSVProblem(line: line ?? self.line, field: fieldEnds.count, reason: reason))
    }

    private mutating func endField() {
        if state == .unquoted { content.removeLast(content.count - trimmedEnd) }
        fieldEnds.append(content.count)
        fieldStart = content.count
        fieldHasProblem = false
        state = .fieldStart
    }

    private mutating func endLine(_ byte: UInt8) -> CSVRecord? {
        endField()
        line += 1
        afterCR = byte == Self.cr
        return endRecord()
    }

    private mutating func endOfInput() -> CSVRecord? {
        if state == .quoted {
            let field = fieldEnds.count
            problems.removeAll { $0.field == field }
            fieldHasProblem = false
            flag("opens with a quote (\") that is never closed, so the rest of the file was read as this one "
                 + "value: close the quote or remove it", line: quoteLine)
        }
        endField()
        return endRecord()
    }

    /// The finished record, or `nil` for a blank one; either way the next record starts afresh.
    private mutating func endRecord() -> CSVRecord? {
        defer {
            content.removeAll(keepingCapacity: true)
            fieldEnds.removeAll(keepingCapacity: true)
            problems.removeAll()
            fieldStart = 0
            recordLine = line
        }
        if content.isEmpty && problems.isEmpty { return nil }
        return CSVFieldText.record(line: recordLine, bytes: content, fieldEnds: fieldEnds, problems: problems)
    }
}
