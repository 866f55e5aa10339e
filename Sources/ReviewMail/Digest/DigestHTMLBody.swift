import ReviewCore

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
            if let chart = section.chart { lines += self.chart(chart) }
            for group in section.groups {
                if let heading = group.heading {
                    lines.append("<h3 style=\"font-size: 15px; margin: 1em 0 0.3em 0;\">\(escape(heading))</h3>")
                }
                lines.append("<table style=\"border-collapse: collapse;\">")
                lines.append("<thead><tr>" + group.columns.map { "<th scope=\"col\" \(cell)>\(escape($0))</th>" }.joined()
                    + "</tr></thead>")
                lines.append("<tbody>")
                lines += group.rows.map { row in
                    "<tr>" + row.enumerated().map { index, text in
                        "<td \(cell)>\(linked(text, isPlan: index == group.planColumn, document.planLink))</td>"
                    }.joined() + "</tr>"
                }
                lines.append("</tbody>")
                lines.append("</table>")
                if let more = DigestDocument.moreLine(group) { lines.append("<p><em>\(escape(more))</em></p>") }
            }
        }
        if let link = document.planLink {
            lines.append("<p style=\"color: #555555; font-size: 13px;\">Each plan reference opens the plan in the case system "
                + "(\(escape(link.template))).</p>")
        }
        lines += [
            "<p style=\"color: #555555; font-size: 13px; margin-top: 2em;\">\(escape(document.closing))</p>",
            "</body>",
            "</html>",
        ]
        return lines
    }

    /// A plan reference as a link to the case system, or the escaped text.
    private static func linked(_ text: String, isPlan: Bool, _ link: PlanLinkTemplate?) -> String {
        guard isPlan, let link, !text.isEmpty, text != "—" else { return HTMLBody.escape(text) }
        return "<a href=\"\(HTMLBody.escape(link.url(for: text)))\" style=\"color: #1d4f91;\">\(HTMLBody.escape(text))</a>"
    }

    /// The longest bar in pixels.
    static let barPixels = 240

    /// A bar chart as nested tables with `bgcolor` cells: Outlook's Word engine draws these, where it
    /// ignores SVG, images by default and CSS widths. Each row's note carries the figures in words, so a
    /// screen reader (or a client that drops colours) loses nothing.
    private static func chart(_ chart: DigestDocument.Chart) -> [String] {
        let escape = HTMLBody.escape
        let swatch = { (colour: String) in
            "<span style=\"display: inline-block; width: 10px; height: 10px; background-color: \(colour);\">&nbsp;</span>"
        }
        var lines = ["<p style=\"font-size: 13px;\">" + chart.series.map { "\(swatch($0.colour)) \(escape($0.name))" }
            .joined(separator: " &nbsp; ") + "</p>"]
        lines.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse: collapse;\">")
        for row in chart.rows {
            let widths = chart.widths(row, width: barPixels)
            var bar = zip(chart.series, widths).filter { $1 > 0 }.map { series, width in
                "<td width=\"\(width)\" height=\"14\" bgcolor=\"\(series.colour)\" "
                    + "style=\"width: \(width)px; height: 14px; background-color: \(series.colour); font-size: 1px; line-height: 1px;\">&nbsp;</td>"
            }.joined()
            let rest = barPixels - widths.reduce(0, +)
            if rest > 0 { bar += "<td width=\"\(rest)\" style=\"width: \(rest)px; font-size: 1px; line-height: 1px;\">&nbsp;</td>" }
            lines.append("<tr><td style=\"padding: 2px 12px 2px 0; white-space: nowrap;\">\(escape(row.label))</td>"
                + "<td width=\"\(barPixels)\" style=\"padding: 2px 0;\"><table role=\"presentation\" cellpadding=\"0\" "
                + "cellspacing=\"0\" border=\"0\"><tr>\(bar)</tr></table></td>"
                + "<td style=\"padding: 2px 0 2px 12px;\">\(escape(row.note))</td></tr>")
        }
        lines.append("</table>")
        return lines
    }
}
