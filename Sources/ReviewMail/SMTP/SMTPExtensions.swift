/// What a server offers in its `EHLO` reply: `STARTTLS`, `AUTH PLAIN LOGIN`, `SIZE 10240000`…
///
/// It exists so that the session asks "is STARTTLS offered?" and "which AUTH mechanisms?" without
/// re-reading reply text.
struct SMTPExtensions: Sendable, Hashable {
    /// Upper-cased keyword → its parameters (upper-cased).
    private var keywords: [String: [String]] = [:]

    /// No extensions (a `HELO` session).
    init() {}

    /// From an `EHLO` reply: every line after the first is one extension.
    init(ehloReply reply: SMTPReply) {
        for line in reply.lines.dropFirst() {
            let words = line.uppercased().split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init)
            guard let keyword = words.first else { continue }
            keywords[keyword, default: []] += words.dropFirst()
        }
    }

    func offers(_ keyword: String) -> Bool { keywords[keyword] != nil }

    /// The `AUTH` mechanisms offered (both the standard `AUTH …` and the old `AUTH=…` form).
    var authMechanisms: Set<String> { Set(keywords["AUTH"] ?? []) }
}
