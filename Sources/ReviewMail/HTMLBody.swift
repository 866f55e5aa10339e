/// The `text/html` part: the same document as the text part in simple, readable markup (inline styles
/// only, since mail clients drop style sheets), with every value HTML-escaped.
enum HTMLBody {
    static func lines(_ document: NoticeDocument) -> [String] {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en-GB\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(escape(document.wording.subject))</title>",
            "</head>",
            "<body style=\"font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;\">",
            "<p style=\"font-size: 18px;\"><strong>\(escape(document.wording.lead))</strong></p>",
        ]
        lines += document.wording.details.map { "<p>\(escape($0))</p>" }
        if !document.facts.isEmpty {
            lines.append("<table role=\"presentation\" style=\"border-collapse: collapse; margin: 1em 0;\">")
            lines += document.facts.map { fact in
                "<tr><th scope=\"row\" style=\"text-align: left; padding: 0 1em 0 0;\">\(escape(fact.label))</th>"
                    + "<td>\(escape(fact.value))</td></tr>"
            }
            lines.append("</table>")
        }
        lines += [
            "<p style=\"color: #555555; font-size: 14px;\">\(escape(document.closing))</p>",
            "</body>",
            "</html>",
        ]
        return lines
    }

    /// `text` safe in HTML element content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
