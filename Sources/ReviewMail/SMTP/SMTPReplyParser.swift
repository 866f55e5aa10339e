/// Splits the bytes a server sends into ``SMTPReply`` values (RFC 5321 §4.2): lines end in CRLF (a bare LF
/// is tolerated), `250-…` continues a reply and `250 …` (or a bare `250`) ends it.
///
/// It exists apart from the channel handler so that framing is plain, synchronous and testable, and so that
/// the client can see whether unread bytes are waiting (which must never happen right after STARTTLS).
struct SMTPReplyParser: Sendable {
    /// A line longer than this is not SMTP: the connection is dropped rather than buffered without end.
    static let maximumLineLength = 8192

    private var buffer: [UInt8] = []
    private var pendingCode: Int?
    private var pendingLines: [String] = []

    /// True when bytes or lines of an unfinished reply are waiting.
    var hasBufferedInput: Bool { !buffer.isEmpty || pendingCode != nil }

    /// Adds `bytes` and returns every reply they complete, in order.
    mutating func feed(_ bytes: some Sequence<UInt8>) throws(SMTPClientError) -> [SMTPReply] {
        buffer.append(contentsOf: bytes)
        var replies: [SMTPReply] = []
        var start = buffer.startIndex
        while let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
            var end = newline
            if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if let reply = try take(line: buffer[start..<end]) { replies.append(reply) }
            start = newline + 1
        }
        buffer.removeSubrange(buffer.startIndex..<start)
        guard buffer.count <= Self.maximumLineLength else {
            throw .malformedReply("a reply line longer than \(Self.maximumLineLength) bytes")
        }
        return replies
    }

    private mutating func take(line: ArraySlice<UInt8>) throws(SMTPClientError) -> SMTPReply? {
        let digits = line.prefix(3)
        guard digits.count == 3, digits.allSatisfy({ (0x30...0x39).contains($0) }),
              let code = Int(String(decoding: digits, as: UTF8.self)) else {
            throw .malformedReply(String(decoding: line.prefix(40), as: UTF8.self))
        }
        if let pendingCode, pendingCode != code {
            throw .malformedReply("reply code changed from \(pendingCode) to \(code) within one reply")
        }
        let separator = line.dropFirst(3).first
        let text = String(decoding: line.dropFirst(4), as: UTF8.self)
        pendingCode = code
        pendingLines.append(text)
        switch separator {
        case UInt8(ascii: "-"):
            return nil
        case nil, UInt8(ascii: " "):
            defer { pendingCode = nil; pendingLines = [] }
            return SMTPReply(code: code, lines: pendingLines)
        default:
            throw .malformedReply(String(decoding: line.prefix(40), as: UTF8.self))
        }
    }
}
