/// Quoted-printable (RFC 2045 §6.7) for the text parts, so that UTF-8 text and long paragraphs travel
/// as short 7-bit lines: no encoded line is over 76 characters, whatever the text holds.
///
/// Besides what the RFC requires (`=` and bytes outside printable ASCII escaped, tabs included, a space at
/// a line's end escaped, soft breaks between escapes, never inside one), an encoded line starting with `From ` or
/// `.` has that first character escaped, so an mbox writer or a careless relay cannot alter it.
///
/// It works on bytes: every message of a fan-out goes through it, and building a `String` per character
/// made it the daemon's largest cost (bench/README.md, outbox fan-out).
enum QuotedPrintable {
    /// The longest encoded line, soft-break `=` included.
    static let lineLimit = 76

    /// One byte of the text as it will be written: itself, or `=XX`.
    private struct Token {
        var byte: UInt8
        var escaped: Bool

        var length: Int { escaped ? 3 : 1 }

        func isLiteral(_ character: UInt8) -> Bool { !escaped && byte == character }
    }

    /// The encoded lines for `lines` of text (each without line endings); join them with CRLF.
    static func encode(lines: [String]) -> [String] {
        lines.flatMap(encode(line:))
    }

    private static func encode(line: String) -> [String] {
        let bytes = Array(line.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            let literal = switch byte {
            case UInt8(ascii: " "): index != bytes.count - 1
            case UInt8(ascii: "="): false
            case 33...126: true
            default: false
            }
            tokens.append(Token(byte: byte, escaped: !literal))
        }
        return wrap(tokens)
    }

    /// Lays tokens out on lines of at most ``lineLimit`` characters, soft breaks included. A soft break goes
    /// after a space in the second half of the line when there is one, so the encoded text stays readable.
    private static func wrap(_ tokens: [Token]) -> [String] {
        var tokens = tokens
        var output: [String] = []
        var lineStart = 0
        var length = 0
        protectLineStart(&tokens, at: 0)
        var index = 0
        while index < tokens.count {
            // The last token may use the column that a soft break would otherwise need.
            let room = index == tokens.count - 1 ? lineLimit : lineLimit - 1
            if length + tokens[index].length > room && index > lineStart {
                var cut = index
                var running = 0
                for position in lineStart..<index {
                    running += tokens[position].length
                    if tokens[position].isLiteral(UInt8(ascii: " ")) && running >= lineLimit / 2 { cut = position + 1 }
                }
                output.append(text(tokens[lineStart..<cut], softBreak: true))
                lineStart = cut
                protectLineStart(&tokens, at: lineStart)
                length = tokens[lineStart..<index].reduce(0) { $0 + $1.length }
                continue
            }
            length += tokens[index].length
            index += 1
        }
        output.append(text(tokens[lineStart...], softBreak: false))
        return output
    }

    /// Escapes a `.` or the `F` of `From ` that would start an encoded line.
    private static func protectLineStart(_ tokens: inout [Token], at index: Int) {
        guard index < tokens.count else { return }
        if tokens[index].isLiteral(UInt8(ascii: ".")) {
            tokens[index].escaped = true
        } else if tokens[index].isLiteral(UInt8(ascii: "F")), tokens.count > index + 4,
                  zip(tokens[(index + 1)...(index + 4)], "rom ".utf8).allSatisfy({ $0.isLiteral($1) }) {
            tokens[index].escaped = true
        }
    }

    /// One encoded line: the tokens written out, and `=` after them for a soft break.
    private static func text(_ tokens: ArraySlice<Token>, softBreak: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lineLimit)
        for token in tokens {
            if token.escaped {
                bytes += [UInt8(ascii: "="), hexDigits[Int(token.byte >> 4)], hexDigits[Int(token.byte & 0x0F)]]
            } else {
                bytes.append(token.byte)
            }
        }
        if softBreak { bytes.append(UInt8(ascii: "=")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
