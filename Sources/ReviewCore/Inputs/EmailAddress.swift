/// A mailbox address (`local@domain`) checked well enough that a message can be addressed to it and that
/// nothing in it can break a header: one `@`, a non-empty local part, a dotted domain of letters, digits and
/// hyphens, no spaces, quotes, angle brackets or control characters, at most 254 characters (RFC 5321).
public struct EmailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    public init(_ text: String, field: String = "email") throws(FieldError) {
        let trimmed = try TextField.singleLine(text, field: field, maxLength: 254)
        let parts = trimmed.splitKeepingEmpty(on: UInt8(ascii: "@"))
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
              local.utf8.count <= 64 || local.count <= 64
        else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" is not an email address of the form name@domain")
        }
        // Once `local` is known to be allowed ASCII, ".." can be looked for on its bytes.
        guard Self.localAllowed.allows(local), !local.hasPrefix("."), !local.hasSuffix("."),
              !zip(local.utf8, local.utf8.dropFirst()).contains(where: { $0 == 0x2E && $1 == 0x2E })
        else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" has characters not allowed before the @")
        }
        let labels = domain.splitKeepingEmpty(on: UInt8(ascii: "."))
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && (label.utf8.count <= 63 || label.count <= 63) && Self.labelAllowed.allows(label)
                && !label.hasPrefix("-") && !label.hasSuffix("-")
        }) else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" does not have a valid domain after the @")
        }
        value = trimmed
    }

    public var description: String { value }

    // Built once and checked on bytes: a contributors import checks an address on each of millions of rows.
    private static let localAllowed = ASCIICharacters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+-/=?^_`{|}~")
    private static let labelAllowed = ASCIICharacters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try EmailAddress(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
