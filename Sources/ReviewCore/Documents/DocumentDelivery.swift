/// How a plan document reaches one recipient (issue 14 item 2): attached where their mail is secure and
/// the message fits, otherwise a link to the authority's case system, otherwise the plan's caseworker on
/// request — never attached to mail that is not secure.
public enum DocumentDelivery: String, Codable, Sendable, Hashable, CaseIterable {
    case attached
    case linked
    case onRequest = "on_request"
}

/// The settings that decide ``DocumentDelivery`` (`mail.secure_domains`, `mail.max_message_bytes`,
/// `links.plan_url`), held by the store so that the choice is made — and recorded — when the notice is
/// written, in the event's own transaction.
public struct DocumentPolicy: Sendable, Hashable {
    /// Domains whose mail is secure (`nhs.net`, the authority's own): an address at one of them, or at a
    /// subdomain of one, may receive the document attached.
    public var secureDomains: [String]
    /// The largest message the relay or the recipient takes (20 MiB by default).
    public var maxMessageBytes: Int
    public var planLink: PlanLinkTemplate?

    public static let defaultMaxMessageBytes = 20 << 20
    public static let standard = DocumentPolicy(secureDomains: [], maxMessageBytes: defaultMaxMessageBytes, planLink: nil)

    /// Room left in a message for its headers, text, HTML and calendar parts besides the attachment.
    public static let messageOverhead = 64 << 10

    public init(secureDomains: [String], maxMessageBytes: Int, planLink: PlanLinkTemplate?) {
        self.secureDomains = secureDomains.map { $0.lowercased() }
        self.maxMessageBytes = maxMessageBytes
        self.planLink = planLink
    }

    /// Attached when `recipient`'s domain is secure and the message with the document in base64 (4 bytes
    /// for every 3, plus a line break every 76) fits; else linked when the case system's address is known;
    /// else on request.
    public func delivery(of document: PlanDocument, to recipient: EmailAddress) -> DocumentDelivery {
        if isSecure(recipient), Self.encodedSize(document.bytes) + Self.messageOverhead <= maxMessageBytes {
            return .attached
        }
        return planLink == nil ? .onRequest : .linked
    }

    /// Whether `recipient` is at a secure domain or a subdomain of one (`x@trust.nhs.net` for `nhs.net`).
    public func isSecure(_ recipient: EmailAddress) -> Bool {
        guard let domain = recipient.value.split(separator: "@").last?.lowercased() else { return false }
        return secureDomains.contains { domain == $0 || domain.hasSuffix("." + $0) }
    }

    /// The size of `bytes` bytes in base64 with CRLF every 76 characters.
    public static func encodedSize(_ bytes: Int) -> Int {
        let characters = (bytes + 2) / 3 * 4
        return characters + (characters + 75) / 76 * 2
    }
}
