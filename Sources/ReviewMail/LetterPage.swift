import Foundation
public import ReviewCore

/// A family's message as a letter to print (issue 15 item 5): one A4 page per contact and message, with
/// print CSS, the family's address where a window envelope shows it, the date written out, the same plain
/// words as the email — in large print when the family needs it — and no other family's or professional's
/// details but the caseworker to contact.
public struct LetterPage: Sendable {
    public let settings: RuleSettings

    public init(settings: RuleSettings) {
        self.settings = settings
    }

    /// The HTML page of a letter of `kind` saying `content`, to `name` at `address`, dated `date`.
    public func html(kind: NoticeKind, content: NoticeContent, name: String, address: String, needs: [ContactNeed],
                     date: CivilDate) -> String {
        let wording = NoticeWording(kind: kind, content: content, settings: settings)
        let escape = HTMLBody.escape
        let size = needs.contains(.largePrint) ? "18pt" : "12pt"
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en-GB\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(escape(wording.subject))</title>",
            "<style>",
            "@page { size: A4; margin: 20mm 20mm 20mm 25mm; }",
            "body { font-family: Arial, sans-serif; font-size: \(size); line-height: 1.5; color: #000; }",
            ".address { margin: 25mm 0 12mm 0; white-space: pre-line; }",
            ".date { margin-bottom: 8mm; }",
            "h1 { font-size: 1.2em; }",
            ".facts { margin-top: 8mm; font-size: 0.9em; }",
            "@media print { .noprint { display: none; } }",
            "</style>",
            "</head>",
            "<body>",
            "<div class=\"address\">\(escape(name.mailLine))\n\(escape(address))</div>",
            "<div class=\"date\">\(escape(DateWording.long(date)))</div>",
            "<p>Dear \(escape(name.mailLine)),</p>",
            "<h1>\(escape(wording.subject))</h1>",
            "<p>\(escape(wording.lead))</p>",
        ]
        lines += wording.details.map { "<p>\(escape($0))</p>" }
        lines.append("<p class=\"facts\">Plan reference: \(escape(content.planReference.mailLine))</p>")
        lines += ["<p>Yours sincerely,</p>", "<p>The SEN team</p>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
