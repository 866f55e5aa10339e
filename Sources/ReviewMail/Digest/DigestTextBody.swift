/// The `text/plain` part of a digest: the lead, the counts, then each section's tables with columns
/// padded to line up in a fixed-width font. Cells are cut to ``cellLimit`` characters so that no line
/// runs on.
enum DigestTextBody {
    static let cellLimit = 40

    static func lines(_ document: DigestDocument) -> [String] {
        var lines = [document.lead]
        if !document.counts.isEmpty { lines.append("") }
        let labelWidth = document.counts.map(\.label.count).max() ?? 0
        for fact in document.counts {
            lines.append(pad(fact.label + ":", labelWidth + 2) + fact.value)
        }
        for section in document.sections {
            lines += ["", section.title.uppercased(), String(repeating: "=", count: min(section.title.count, 72))]
            if let intro = section.intro { lines += [intro] }
            for group in section.groups {
                lines.append("")
                if let heading = group.heading { lines += [heading, String(repeating: "-", count: min(heading.count, 72))] }
                lines += table(group)
                if let more = DigestDocument.moreLine(group) { lines.append(more) }
            }
        }
        lines += ["", document.closing]
        return lines
    }

    private static func table(_ group: DigestDocument.Group) -> [String] {
        let cells = ([group.columns] + group.rows).map { $0.map(cut) }
        var widths = Array(repeating: 0, count: group.columns.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return cells.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : pad(cell, (index < widths.count ? widths[index] : 0) + 2)
            }.joined().trimmingTrailingSpaces
        }
    }

    private static func cut(_ cell: String) -> String {
        cell.count <= cellLimit ? cell : String(cell.prefix(cellLimit - 1)) + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
