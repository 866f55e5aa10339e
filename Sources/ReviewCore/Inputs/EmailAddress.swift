/// A mailbox address (`local@domain`) checked well enough that a message can be addressed to it and that
/// nothing in it can break a header: one `@`, a non-empty local part, a dotted domain of letters, digits and
/// hyphens, no spaces, quotes, angle brackets or control characters, at most 254 characters (RFC 5321).
public struct EmailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    public init(_ text: String, field: String = "email") throws(FieldError) {
        let trimmed = try TextField.singleLine(text, field: field, maxLength: 254)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, local.count <= 64
        else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" is not an email address of the form name@domain")
        }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+-/=?^_`{|}~")
        guard local.allSatisfy({ localAllowed.contains($0) }), !local.hasPrefix("."), !local.hasSuffix("."),
              !local.contains("..")
        else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" has characters not allowed before the @")
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && label.count <= 63 && label.allSatisfy { labelAllowed.contains($0) }
                && !label.hasPrefix("-") && !label.hasSuffix("-")
        }) else {
            throw FieldError(field: field, reason: "\"\(trimmed)\" does not have a valid domain after the @")
        }
        value = trimmed
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try EmailAddress(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
