/// Quoted-printable (RFC 2045 §6.7) for the text parts, so that UTF-8 text and long paragraphs travel
/// as short 7-bit lines: no encoded line is over 76 characters, whatever the text holds.
///
/// Besides what the RFC requires (`=` and bytes outside printable ASCII escaped, tabs included, a space at
/// a line's end escaped, soft breaks between escapes, never inside one), an encoded line starting with `From ` or
/// `.` has that first character escaped, so an mbox writer or a careless relay cannot alter it.
enum QuotedPrintable {
    /// The longest encoded line, soft-break `=` included.
    static let lineLimit = 76

    /// The encoded lines for `lines` of text (each without line endings); join them with CRLF.
    static func encode(lines: [String]) -> [String] {
        lines.flatMap(encode(line:))
    }

    private static func encode(line: String) -> [String] {
        let bytes = Array(line.utf8)
        var tokens: [String] = []
        tokens.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal: Bool
            switch byte {
            case UInt8(ascii: " "):
                literal = !isLast
            case UInt8(ascii: "="):
                literal = false
            case 33...126:
                literal = true
            default:
                literal = false
            }
            tokens.append(literal ? String(UnicodeScalar(byte)) : escape(byte))
        }

        return wrap(tokens)
    }

    /// Lays tokens out on lines of at most ``lineLimit`` characters, soft breaks included. A soft break goes
    /// after a space in the second half of the line when there is one, so the encoded text stays readable.
    private static func wrap(_ tokens: [String]) -> [String] {
        var tokens = tokens
        var output: [String] = []
        var lineStart = 0
        var length = 0
        protectLineStart(&tokens, at: 0)
        var index = 0
        while index < tokens.count {
            // The last token may use the column that a soft break would otherwise need.
            let room = index == tokens.count - 1 ? lineLimit : lineLimit - 1
            if length + tokens[index].count > room && index > lineStart {
                var cut = index
                var running = 0
                for position in lineStart..<index {
                    running += tokens[position].count
                    if tokens[position] == " " && running >= lineLimit / 2 { cut = position + 1 }
                }
                output.append(tokens[lineStart..<cut].joined() + "=")
                lineStart = cut
                protectLineStart(&tokens, at: lineStart)
                length = tokens[lineStart..<index].reduce(0) { $0 + $1.count }
                continue
            }
            length += tokens[index].count
            index += 1
        }
        output.append(tokens[lineStart...].joined())
        return output
    }

    /// Escapes a `.` or the `F` of `From ` that would start an encoded line.
    private static func protectLineStart(_ tokens: inout [String], at index: Int) {
        guard index < tokens.count else { return }
        if tokens[index] == "." {
            tokens[index] = escape(UInt8(ascii: "."))
        } else if tokens[index] == "F", tokens.count > index + 4,
                  tokens[(index + 1)...(index + 4)].elementsEqual(["r", "o", "m", " "]) {
            tokens[index] = escape(UInt8(ascii: "F"))
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF")

    private static func escape(_ byte: UInt8) -> String {
        "=" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
    }
}
