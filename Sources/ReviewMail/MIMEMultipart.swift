/// A `multipart/alternative` body (RFC 2046 §5.1.4): the parts in order of preference, least preferred
/// first (text, then HTML, then the calendar invitation), each quoted-printable encoded.
///
/// The boundary starts with `=_`, which quoted-printable output can never contain (`=` is always
/// followed by two hex digits or a line end), so no part can end the body early.
struct MIMEMultipart: Sendable, Hashable {
    struct Part: Sendable, Hashable {
        /// The `Content-Type` value's pieces, such as `["text/plain;", "charset=utf-8"]`.
        var contentType: [String]
        /// The decoded text, one line per element, without line endings.
        var lines: [String]
    }

    var boundary: String
    var parts: [Part]

    /// The header that announces this body.
    var contentTypeField: HeaderField {
        HeaderField("Content-Type", [.atom("multipart/alternative;"), .atom("boundary=\"\(boundary)\"")])
    }

    /// The body's lines, without line endings; join them with CRLF and end with one.
    var lines: [String] {
        var lines: [String] = []
        for part in parts {
            lines.append("--" + boundary)
            lines += HeaderFolding.lines(of: HeaderField("Content-Type", part.contentType.map { .atom($0) }))
            lines += HeaderFolding.lines(of: HeaderField("Content-Transfer-Encoding", token: "quoted-printable"))
            lines.append("")
            lines += QuotedPrintable.encode(lines: part.lines)
            // The line break before a delimiter belongs to the delimiter: this empty line keeps the part's
            // own final line break.
            lines.append("")
        }
        lines.append("--" + boundary + "--")
        return lines
    }
}
