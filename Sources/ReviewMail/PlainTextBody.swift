/// The `text/plain` part: the lead on the first line, then the details, the facts and the closing line,
/// as paragraphs separated by blank lines (quoted-printable keeps the wire lines short).
enum PlainTextBody {
    static func lines(_ document: NoticeDocument) -> [String] {
        var lines = [document.wording.lead, ""]
        for detail in document.wording.details {
            lines += [detail, ""]
        }
        if !document.facts.isEmpty {
            lines += document.facts.map { "\($0.label): \($0.value)" }
            lines.append("")
        }
        lines.append(document.closing)
        return lines
    }
}
