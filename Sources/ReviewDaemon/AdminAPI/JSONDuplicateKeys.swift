/// Finds a key that appears twice in one JSON object of a request body.
///
/// It exists because JSON parsers keep one of the two values silently (Foundation's keeps the last), so
/// `{"kind":"draft_issued","kind":"ceased"}` would cease a plan its sender may have meant to draft. RFC 8259
/// §4 says names "SHOULD be unique"; the API refuses a body where they are not, naming the key.
///
/// The body has already been parsed as JSON: this scanner only walks its structure (iteratively, so deep
/// nesting cannot overflow the stack) and decodes key strings, escapes included, to compare them.
enum JSONDuplicateKeys {
    /// The dotted path of the first repeated key (`next_transfer.kind`), or `nil`.
    private enum Container {
        case object(keys: Set<String>, path: String, pendingKey: String?)
        case array(path: String)
    }

    static func first(in bytes: [UInt8]) -> String? {
        var stack: [Container] = []
        var expectingKey = false
        var index = 0

        func path(of key: String) -> String {
            guard case .object(_, let parent, _)? = stack.last else { return key }
            return parent.isEmpty ? key : parent + "." + key
        }
        func childPath() -> String {
            switch stack.last {
            case .object(_, let parent, let key?)?: return parent.isEmpty ? key : parent + "." + key
            case .array(let parent)?: return parent
            default: return ""
            }
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                stack.append(.object(keys: [], path: childPath(), pendingKey: nil))
                expectingKey = true
                index += 1
            case UInt8(ascii: "["):
                stack.append(.array(path: childPath()))
                expectingKey = false
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                stack.removeLast()
                expectingKey = false
                index += 1
            case UInt8(ascii: ","):
                if case .object? = stack.last { expectingKey = true }
                index += 1
            case UInt8(ascii: "\""):
                let (text, end) = string(bytes, from: index)
                index = end
                if expectingKey, case .object(var keys, let parent, _)? = stack.last {
                    guard keys.insert(text).inserted else { return path(of: text) }
                    stack[stack.count - 1] = .object(keys: keys, path: parent, pendingKey: text)
                    expectingKey = false
                }
            default:
                index += 1
            }
        }
        return nil
    }

    /// The decoded string starting at the quote at `start`, and the index after its closing quote.
    private static func string(_ bytes: [UInt8], from start: Int) -> (String, Int) {
        var scalars: [UInt8] = []
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (String(decoding: scalars, as: UTF8.self), index + 1) }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let escaped = bytes[index + 1]
                switch escaped {
                case UInt8(ascii: "u"):
                    let digits = bytes[min(index + 2, bytes.count)..<min(index + 6, bytes.count)]
                    var unit = UInt32(String(decoding: digits, as: UTF8.self), radix: 16) ?? 0xFFFD
                    index += 6
                    // A surrogate pair stands for one scalar.
                    if (0xD800...0xDBFF).contains(unit), index + 5 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                       bytes[index + 1] == UInt8(ascii: "u"),
                       let low = UInt32(String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
                       (0xDC00...0xDFFF).contains(low)
                    {
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                    scalars += Array(String(Character(Unicode.Scalar(unit) ?? "\u{FFFD}")).utf8)
                    continue
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                default: scalars.append(escaped)  // \" \\ \/
                }
                index += 2
                continue
            }
            scalars.append(byte)
            index += 1
        }
        return (String(decoding: scalars, as: UTF8.self), index)
    }
}
