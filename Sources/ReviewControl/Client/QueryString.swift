/// Builds the `?key=value&…` part of a request target, percent-encoding everything outside RFC 3986's
/// unreserved characters, so that a value with `&`, `=`, `+`, spaces or non-ASCII letters arrives intact.
/// Keys are sorted: the same query always gives the same target (and the same idempotency fingerprint).
public enum QueryString {
    /// `""` for no parameters, else `?` and the encoded pairs.
    public static func encode(_ query: [String: String]) -> String {
        guard !query.isEmpty else { return "" }
        let pairs = query.sorted { $0.key < $1.key }.map { "\(escape($0.key))=\(escape($0.value))" }
        return "?" + pairs.joined(separator: "&")
    }

    /// Percent-encodes the UTF-8 bytes of `text` except `A–Z a–z 0–9 - . _ ~`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
            }
        }
        return out
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> String {
        String(UnicodeScalar(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10))
    }
}
