/// The `text/html` part of a digest: the same document as the text part, with real tables (header cells
/// scoped for screen readers, inline styles only, since mail clients drop style sheets).
enum DigestHTMLBody {
    private static let cell = "style=\"text-align: left; padding: 2px 12px 2px 0; border-bottom: 1px solid #dddddd;\""

    static func lines(_ document: DigestDocument) -> [String] {
        let escape = HTMLBody.escape
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en-GB\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(escape(document.subject))</title>",
            "</head>",
            "<body style=\"font-family: Arial, sans-serif; font-size: 15px; line-height: 1.4; color: #1a1a1a;\">",
            "<p style=\"font-size: 18px;\"><strong>\(escape(document.lead))</strong></p>",
        ]
        if !document.counts.isEmpty {
            lines.append("<table role=\"presentation\" style=\"border-collapse: collapse; margin: 0 0 1em 0;\">")
            lines += document.counts.map {
                "<tr><th scope=\"row\" \(cell)>\(escape($0.label))</th><td \(cell)>\(escape($0.value))</td></tr>"
            }
            lines.append("</table>")
        }
        for section in document.sections {
            lines.append("<h2 style=\"font-size: 17px; margin: 1.5em 0 0.5em 0;\">\(escape(section.title))</h2>")
            if let intro = section.intro { lines.append("<p>\(escape(intro))</p>") }
            for group in section.groups {
                if let heading = group.heading {
                    lines.append("<h3 style=\"font-size: 15px; margin: 1em 0 0.3em 0;\">\(escape(heading))</h3>")
                }
                lines.append("<table style=\"border-collapse: collapse;\">")
                lines.append("<thead><tr>" + group.columns.map { "<th scope=\"col\" \(cell)>\(escape($0))</th>" }.joined()
                    + "</tr></thead>")
                lines.append("<tbody>")
                lines += group.rows.map { "<tr>" + $0.map { "<td \(cell)>\(escape($0))</td>" }.joined() + "</tr>" }
                lines.append("</tbody>")
                lines.append("</table>")
                if let more = DigestDocument.moreLine(group) { lines.append("<p><em>\(escape(more))</em></p>") }
            }
        }
        lines += [
            "<p style=\"color: #555555; font-size: 13px; margin-top: 2em;\">\(escape(document.closing))</p>",
            "</body>",
            "</html>",
        ]
        return lines
    }
}
