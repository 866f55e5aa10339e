import Foundation

/// The address of a plan in the authority's case-management system (`links.plan_url`, DESIGN §3): a
/// template holding `{reference}`, which each message that names a plan fills in with its reference.
///
/// It exists so that every plan reference in the digest (and in the messages that carry a link instead of
/// a document) opens the plan where the caseworker keeps it, and so that a template that could not make a
/// working link is refused when the config is read, not discovered in a reader's mail client.
///
/// ```swift
/// let link = try PlanLinkTemplate("https://case.example.gov.uk/ehc/{reference}", field: "links.plan_url")
/// link.url(for: "EHC-00099")   // "https://case.example.gov.uk/ehc/EHC-00099"
/// ```
public struct PlanLinkTemplate: Sendable, Hashable, CustomStringConvertible {
    public static let placeholder = "{reference}"

    public let template: String

    /// Refuses anything but an `https://` or `http://` address with `{reference}` in it and no spaces,
    /// quotes or angle brackets (which would break the HTML attribute or the plain-text line it sits in).
    public init(_ text: String, field: String) throws(FieldError) {
        let template = try TextField.singleLine(text, field: field, maxLength: 2048)
        let lower = template.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            throw FieldError(field: field, reason: "must be an https:// (or http://) address")
        }
        guard template.contains(Self.placeholder) else {
            throw FieldError(field: field, reason: "must contain \(Self.placeholder), where each plan's reference goes")
        }
        guard !template.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "'" || $0 == "\\" })
        else {
            throw FieldError(field: field, reason: "must not contain spaces, quotes, backslashes or angle brackets")
        }
        self.template = template
    }

    /// The plan's address: the template with `{reference}` replaced by the reference, percent-encoded so
    /// that a reference holding `/`, `&` or `#` cannot change which page opens.
    public func url(for reference: String) -> String {
        template.replacingOccurrences(of: Self.placeholder, with: Self.percentEncoded(reference))
    }

    public var description: String { template }

    /// RFC 3986 unreserved characters kept; every other byte of the UTF-8 encoding as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
