/// The DATA section of one message (RFC 5321 §4.5.2): every line that starts with "." gets a second ".",
/// the content ends with CRLF, then the terminating ".\r\n".
///
/// It exists so that a line of a body holding just "." can never end the message early.
enum DotStuffing {
    /// `bytes` (CRLF line endings) made ready to follow a `354` reply, terminator included.
    static func dataSection(_ bytes: [UInt8]) -> [UInt8] {
        let dot = UInt8(ascii: ".")
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 64 + 5)
        var atLineStart = true
        for byte in bytes {
            if atLineStart, byte == dot { out.append(dot) }
            out.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        if !out.isEmpty, !out.ends(with: [13, 10]) { out += [13, 10] }
        out += [dot, 13, 10]
        return out
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
