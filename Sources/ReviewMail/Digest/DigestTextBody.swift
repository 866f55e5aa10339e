import ReviewCore

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
            if let chart = section.chart { lines += [""] + self.chart(chart) }
            for group in section.groups {
                lines.append("")
                if let heading = group.heading { lines += [heading, String(repeating: "-", count: min(heading.count, 72))] }
                lines += table(group)
                if let more = DigestDocument.moreLine(group) { lines.append(more) }
            }
        }
        if let link = document.planLink {
            lines += ["", "Each plan opens in the case system at \(link.template)."]
        }
        lines += ["", document.closing]
        return lines
    }

    /// How many characters the longest bar takes.
    static let barWidth = 40

    /// A legend, then one line per row: the label, the bar of each series' character, and the note.
    private static func chart(_ chart: DigestDocument.Chart) -> [String] {
        let legend = chart.series.map { "\($0.symbol) \($0.name)" }.joined(separator: ", ")
        let labelWidth = chart.rows.map(\.label.count).max() ?? 0
        return ["Key: " + legend] + chart.rows.map { row in
            let widths = chart.widths(row, width: barWidth)
            let bar = zip(chart.series, widths).map { String(repeating: $0.symbol, count: $1) }.joined()
            return pad(row.label, labelWidth + 2) + pad(bar, barWidth + 2) + row.note
        }
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
