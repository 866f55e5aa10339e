/// The `From:` of every message (`mail.from`): an ``EmailAddress`` with an optional display name, such as
/// `EHC reviews <ehc-reviews@example.org>` or a bare `ehc-reviews@example.org`.
///
/// It exists so that the mail module receives a checked display name and address, never a header line to
/// paste: CR, LF and other control characters are refused (they could inject headers), and so are `<`, `>`
/// and `"` inside the name. Non-ASCII names (`Zoë Ö <z@x.example>`) are kept as they are; the mail module
/// encodes them as RFC 2047 encoded words when it writes the header.
///
/// ```swift
/// let from = try MailboxAddress(parsing: "EHC reviews <ehc-reviews@example.org>")
/// from.displayName    // "EHC reviews"
/// from.address.value  // "ehc-reviews@example.org"
/// ```
public struct MailboxAddress: Sendable, Hashable, CustomStringConvertible {
    /// The human-readable name, or `nil` for a bare address. Never empty, never has a line break.
    public let displayName: String?
    public let address: EmailAddress

    /// A bare address with no display name.
    public init(address: EmailAddress) {
        self.init(unchecked: nil, address)
    }

    /// `address` shown as `displayName`; an empty name means none. The name is checked as in
    /// ``init(parsing:field:)``.
    public init(displayName: String?, address: EmailAddress, field: String = "mail.from") throws(FieldError) {
        guard let displayName else {
            self.init(unchecked: nil, address)
            return
        }
        self.init(unchecked: try Self.checkedName(displayName, field: field), address)
    }

    /// Parses `Name <local@domain>`, `"Name" <local@domain>`, `<local@domain>` or `local@domain`.
    public init(parsing text: String, field: String = "mail.from") throws(FieldError) {
        let line = try TextField.singleLine(text, field: field, maxLength: 400)
        guard line.hasSuffix(">") || line.contains("<") else {
            self.init(address: try EmailAddress(line, field: field))
            return
        }
        guard line.hasSuffix(">"), let open = line.lastIndex(of: "<") else {
            throw FieldError(field: field, reason: "\"\(line)\" must be of the form Name <local@domain> or local@domain")
        }
        let inner = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        let address = try EmailAddress(inner, field: field)
        var name = String(line[..<open]).trimmingSpaces
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
            name = String(name.dropFirst().dropLast()).trimmingSpaces
        }
        self.init(unchecked: try Self.checkedName(name, field: field), address)
    }

    init(unchecked displayName: String?, _ address: EmailAddress) {
        self.displayName = displayName
        self.address = address
    }

    /// `name` trimmed, `nil` when empty, or a ``FieldError`` when it could break a header.
    private static func checkedName(_ name: String, field: String) throws(FieldError) -> String? {
        if name.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw FieldError(field: field, reason: "the display name must not contain a line break (CR or LF)")
        }
        let trimmed = name.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        _ = try TextField.singleLine(trimmed, field: field, maxLength: 200)
        if trimmed.contains(where: { $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "\\" }) {
            throw FieldError(field: field, reason: "the display name must not contain <, >, \" or \\")
        }
        return trimmed
    }

    /// `Name <local@domain>` (the name in quotes when it holds RFC 5322 specials such as `(` or `,`), or
    /// the bare address. For logs and messages to admins; the mail module writes the real header.
    public var description: String {
        guard let displayName else { return address.value }
        let specials = Set("()<>[]:;@\\,.\"")
        let shown = displayName.contains(where: { specials.contains($0) }) ? "\"\(displayName)\"" : displayName
        return "\(shown) <\(address.value)>"
    }
}
