/// A digest laid out for reading: a subject, a first line saying what to do, the headline counts, then
/// sections of tables. ``DigestTextBody`` and ``DigestHTMLBody`` render the same document, so the text and
/// the HTML part never disagree.
///
/// Long lists are capped (``Group/more`` counts what was left out): a digest with thousands of late items
/// stays readable, and the full list travels in the CSV attachment.
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
    }

    struct Section: Sendable, Hashable {
        var title: String
        var intro: String?
        var groups: [Group]
    }

    var subject: String
    /// The first line: what the digest found and what the reader must do.
    var lead: String
    var counts: [Fact]
    var sections: [Section]
    var closing: String

    init(subject: String, lead: String, counts: [Fact], sections: [Section], closing: String) {
        self.subject = subject.mailLine
        self.lead = lead.mailLine
        self.counts = counts.map { Fact(label: $0.label.mailLine, value: $0.value.mailLine) }
        self.sections = sections.map { section in
            Section(title: section.title.mailLine, intro: section.intro?.mailLine, groups: section.groups.map { group in
                Group(heading: group.heading?.mailLine, columns: group.columns.map(\.mailLine),
                      rows: group.rows.map { $0.map(\.mailLine) }, more: group.more, moreWhere: group.moreWhere.mailLine)
            })
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
