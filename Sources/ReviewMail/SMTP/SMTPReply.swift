/// One SMTP reply: a three-digit code and its text lines (`250-first`, `250 last` give two lines).
///
/// It exists so that the client reads whole replies, multi-line ones included, and quotes them in a
/// delivery result in one short, single-line form.
struct SMTPReply: Sendable, Hashable {
    /// 220, 250, 354, 451, 550…
    let code: Int
    /// The text after the code and its separator, one entry per line (never empty).
    let lines: [String]

    /// 2xx.
    var isPositive: Bool { (200..<300).contains(code) }
    /// 4xx: try again later.
    var isTransient: Bool { (400..<500).contains(code) }
    /// 5xx: do not try again.
    var isPermanent: Bool { (500..<600).contains(code) }

    /// The first line as the server wrote it, without a continuation dash: `451 4.3.0 try later`.
    var firstLine: String {
        let text = lines.first ?? ""
        return text.isEmpty ? String(code) : "\(code) \(text)"
    }
}
