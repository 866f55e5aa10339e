import Foundation

/// A small, independent reading of a built message for the structural tests: header lines as written,
/// unfolded header values, encoded words decoded, and the parts of the multipart body with their
/// quoted-printable decoded. It trusts nothing from the builder but the bytes.
struct ParsedMail {
    struct Part {
        var headers: [(name: String, value: String)]
        var text: String
        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    /// The lines of the header section as written (without CRLF).
    var headerLines: [String]
    /// Unfolded fields, in order.
    var headers: [(name: String, value: String)]
    var parts: [Part]

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let blank = lines.firstIndex(of: "") ?? lines.count
        headerLines = Array(lines[..<blank])
        headers = Self.unfold(headerLines)
        let body = Array(lines[min(blank + 1, lines.count)...])
        parts = []
        let contentType = headers.first { $0.name == "Content-Type" }?.value ?? ""
        guard let boundary = contentType.components(separatedBy: "boundary=\"").last?.split(separator: "\"").first
        else { return }
        var current: [String]?
        for line in body {
            if line == "--\(boundary)" || line == "--\(boundary)--" {
                if let current { parts.append(Self.part(current)) }
                current = line == "--\(boundary)" ? [] : nil
            } else {
                current?.append(line)
            }
        }
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    func headers(named name: String) -> [String] {
        headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    func part(_ type: String) -> Part? {
        parts.first { $0.header("Content-Type")?.hasPrefix(type) == true }
    }

    private static func unfold(_ lines: [String]) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        for line in lines {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), let last = fields.popLast() {
                fields.append((last.name, last.value + line))
            } else if let colon = line.firstIndex(of: ":") {
                let value = line[line.index(after: colon)...].drop { $0 == " " }
                fields.append((String(line[..<colon]), String(value)))
            }
        }
        return fields
    }

    private static func part(_ lines: [String]) -> Part {
        let blank = lines.firstIndex(of: "") ?? lines.count
        let headers = unfold(Array(lines[..<blank]))
        // The CRLF before the delimiter belongs to the delimiter, so the last element ("" when the content
        // ends with a line break) has no line break of its own.
        let content = Array(lines[min(blank + 1, lines.count)...])
        return Part(headers: headers, text: decodeQuotedPrintable(content))
    }

    /// Quoted-printable decoding (RFC 2045 §6.7), hard line breaks as "\n".
    static func decodeQuotedPrintable(_ lines: [String]) -> String {
        var bytes: [UInt8] = []
        for (index, line) in lines.enumerated() {
            var encoded = Array(line.utf8)
            let soft = encoded.last == UInt8(ascii: "=")
            if soft { encoded.removeLast() }
            var position = 0
            while position < encoded.count {
                if encoded[position] == UInt8(ascii: "="), position + 2 < encoded.count,
                   let value = UInt8(String(decoding: encoded[position + 1...position + 2], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                    position += 3
                } else {
                    bytes.append(encoded[position])
                    position += 1
                }
            }
            if !soft && index < lines.count - 1 { bytes.append(10) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The encoded words (`=?charset?B|Q?text?=`) in `text`.
    static func encodedWords(in text: String) -> [String] {
        text.split(separator: " ").map(String.init).filter { $0.hasPrefix("=?") && $0.hasSuffix("?=") }
    }

    /// An unstructured header value with its encoded words decoded (RFC 2047 §6.2: white space between
    /// adjacent encoded words is dropped). `nil` if a word is not valid UTF-8 on its own.
    static func decodeWords(_ value: String) -> String? {
        var result = ""
        var previousWasEncoded = false
        for (index, token) in value.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            let word = String(token)
            if word.hasPrefix("=?utf-8?B?"), word.hasSuffix("?=") {
                let base64 = String(word.dropFirst(10).dropLast(2))
                guard let data = Data(base64Encoded: base64), let decoded = String(data: data, encoding: .utf8)
                else { return nil }
                if index > 0 && !previousWasEncoded { result += " " }
                result += decoded
                previousWasEncoded = true
            } else {
                if index > 0 { result += " " }
                result += word
                previousWasEncoded = false
            }
        }
        return result
    }
}
