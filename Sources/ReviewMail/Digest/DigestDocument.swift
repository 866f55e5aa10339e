import ReviewCore

/// A digest laid out for reading: a subject, a first line saying what to do, the headline counts, then
/// sections of tables. ``DigestTextBody`` and ``DigestHTMLBody`` render the same document, so the text and
/// the HTML part never disagree.
///
/// Long lists are capped (``Group/more`` counts what was left out): a digest with thousands of late items
/// stays readable, and the full list travels in the CSV attachment. A column of plan references becomes
/// links in the HTML part when ``planLink`` is set (`links.plan_url`).
struct DigestDocument: Sendable, Hashable {
    struct Fact: Sendable, Hashable {
        var label: String
        var value: String
    }

    /// One table, with an optional heading and a note on what was left out.
    struct Group: Sendable, Hashable {
        var heading: String?
        var columns: [String]
        var rows: [[String]]
        /// Rows left out of this group to keep the message readable.
        var more: Int = 0
        /// Where the left-out rows can be found.
        var moreWhere: String = ""
        /// The column holding plan references, linked to the case system when ``DigestDocument/planLink`` is set.
        var planColumn: Int? = 0
    }

    /// A horizontal stacked bar chart, one bar per row, drawn with table cells in HTML (which Outlook's
    /// Word engine renders, unlike SVG or CSS widths) and with characters in the text part.
    struct Chart: Sendable, Hashable {
        /// One kind of value stacked in each bar: its name in the legend, its character in the text bar and
        /// its colour in the HTML bar.
        struct Series: Sendable, Hashable {
            var name: String
            var symbol: Character
            var colour: String
        }

        struct Row: Sendable, Hashable {
            var label: String
            /// One value per series.
            var values: [Int]
            var note: String
        }

        var series: [Series]
        var rows: [Row]

        /// The largest bar: every bar is drawn to the same scale.
        var largest: Int { rows.map { $0.values.reduce(0, +) }.max() ?? 0 }

        /// How many of `width` units each value of `row` takes, on the scale of the ``largest`` bar. The
        /// running total is rounded, not each part, so the parts always add up to the bar's length.
        func widths(_ row: Row, width: Int) -> [Int] {
            let scale = largest
            guard scale > 0 else { return row.values.map { _ in 0 } }
            var total = 0
            var drawn = 0
            return row.values.map { value in
                total += value
                let end = (total * width + scale / 2) / scale
                defer { drawn = end }
                return end - drawn
            }
        }
    }

    struct Section: Sendable, Hashable {
        var title: String
        var intro: String?
        var groups: [Group]
        var chart: Chart? = nil
    }

    var subject: String
    /// The first line: what the digest found and what the reader must do.
    var lead: String
    var counts: [Fact]
    var sections: [Section]
    var closing: String
    /// Where a plan opens in the authority's case system, if configured.
    var planLink: PlanLinkTemplate?

    init(subject: String, lead: String, counts: [Fact], sections: [Section], closing: String,
         planLink: PlanLinkTemplate? = nil) {
        self.planLink = planLink
        self.subject = subject.mailLine
        self.lead = lead.mailLine
        self.counts = counts.map { Fact(label: $0.label.mailLine, value: $0.value.mailLine) }
        self.sections = sections.map { section in
            Section(title: section.title.mailLine, intro: section.intro?.mailLine, groups: section.groups.map { group in
                Group(heading: group.heading?.mailLine, columns: group.columns.map(\.mailLine),
                      rows: group.rows.map { $0.map(\.mailLine) }, more: group.more, moreWhere: group.moreWhere.mailLine,
                      planColumn: group.planColumn)
            }, chart: section.chart)
        }
        self.closing = closing.mailLine
    }

    /// "and 12 more (see the attached CSV)", or nothing.
    static func moreLine(_ group: Group) -> String? {
        guard group.more > 0 else { return nil }
        return "… and \(group.more) more" + (group.moreWhere.isEmpty ? "" : " (\(group.moreWhere))")
    }

    /// The first `limit` of `items` as rows, and how many were left out.
    static func capped<T>(_ items: [T], limit: Int, row: (T) -> [String]) -> (rows: [[String]], more: Int) {
        (items.prefix(limit).map(row), max(0, items.count - limit))
    }
}
