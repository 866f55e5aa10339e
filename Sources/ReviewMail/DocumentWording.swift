import ReviewCore

/// What a version's notice says about the plan document it carries (issue 14): which version it is (its
/// date, kind and the first 8 characters of its SHA-256, so a copy can be matched with the one issued),
/// and where it is — attached, in the case system, or from the caseworker.
enum DocumentWording {
    static func paragraph(_ document: NoticeContent.Document, version: Int?, kind: NoticeKind, on: String?,
                          contact: String?) -> String {
        let which = identity(document, version: version, kind: kind, on: on)
        switch document.delivery {
        case .attached:
            return "The plan is attached to this message: \(which)."
        case .linked:
            return "Read the plan in the authority's case system: \(document.link ?? "ask the caseworker for the link") "
                + "(\(which)). It is not attached because it may only be sent by email to secure addresses."
        case .onRequest:
            let who = contact.map(\.mailLine).flatMap { $0.isEmpty ? nil : $0 } ?? "the caseworker"
            return "Ask \(who) for a copy of the plan (\(which)). It is not attached because it may only be sent by "
                + "email to secure addresses."
        }
    }

    /// "version 3, the amended plan issued on 1 March 2026, PDF of 1.2 MB, document 3f2a9c1e".
    static func identity(_ document: NoticeContent.Document, version: Int?, kind: NoticeKind, on: String?) -> String {
        var parts: [String] = []
        if let version { parts.append("version \(version)") }
        let what: String
        switch kind {
        case .draftIssued: what = "the draft plan"
        case .finalIssued: what = "the final plan"
        case .amendmentProposed: what = "the proposed amendments"
        case .amendedFinalIssued: what = "the amended plan"
        default: what = "the current plan"
        }
        parts.append(what + (on.map { " issued on \($0)" } ?? ""))
        parts.append("PDF of \(size(document.bytes))")
        parts.append("document \(String(document.sha256.prefix(8)))")
        return parts.joined(separator: ", ")
    }

    /// "850 KB", "1.2 MB".
    static func size(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(max(1, (bytes + 500) / 1000)) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
