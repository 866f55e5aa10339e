/// An aligned plain-text table: one header row, columns two spaces apart, numbers right-aligned, no
/// borders, no trailing spaces. The CLI's lists all print through it, so that they line up the same way
/// and stay easy to `grep`, `cut` and `awk`.
///
/// ```swift
/// var table = TextTable(columns: [.init("ID"), .init("NAME"), .init("DAYS LATE")])
/// table.append(["12", "Ada Lovelace", TextTable.Cell("31", tone: .alert)])
/// print(table.render(colour: false))
/// // ID  NAME          DAYS LATE
/// // 12  Ada Lovelace         31
/// ```
public struct TextTable: Sendable, Hashable {
    /// How a column's cells line up.
    public enum Alignment: Sendable, Hashable {
        case left
        case right
        /// Right when every non-empty cell is a number, else left.
        case automatic
    }

    /// How a cell is shown when colour is on.
    public enum Tone: Sendable, Hashable {
        case plain
        /// Something wrong that must stand out (late): red.
        case alert
    }

    /// A column: its header and how its cells line up.
    public struct Column: Sendable, Hashable {
        public var header: String
        public var alignment: Alignment

        public init(_ header: String, alignment: Alignment = .automatic) {
            self.header = header
            self.alignment = alignment
        }
    }

    /// A cell: its text and tone; a string literal is a plain cell.
    public struct Cell: Sendable, Hashable, ExpressibleByStringLiteral {
        public var text: String
        public var tone: Tone

        public init(_ text: String, tone: Tone = .plain) {
            self.text = text
            self.tone = tone
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = []
        for row in rows { append(row) }
    }

    /// Adds a row; missing cells are blank and extra cells are dropped.
    public mutating func append(_ row: [Cell]) {
        var cells = Array(row.prefix(columns.count))
        cells += Array(repeating: Cell(""), count: columns.count - cells.count)
        rows.append(cells)
    }

    /// The table as lines ending in `\n`; `colour` adds ANSI colour to ``Tone/alert`` cells.
    public func render(colour: Bool = false) -> String {
        let widths = columns.indices.map { index in
            rows.reduce(columns[index].header.count) { max($0, $1[index].text.count) }
        }
        let rightAligned = columns.indices.map { isRightAligned(column: $0) }
        var lines = [line(columns.map { Cell($0.header) }, widths: widths, right: rightAligned, colour: false)]
        lines += rows.map { line($0, widths: widths, right: rightAligned, colour: colour) }
        return lines.map { $0 + "\n" }.joined()
    }

    private func isRightAligned(column index: Int) -> Bool {
        switch columns[index].alignment {
        case .left: return false
        case .right: return true
        case .automatic:
            let texts = rows.map(\.[index].text).filter { !$0.isEmpty && $0 != "-" }
            return !texts.isEmpty && texts.allSatisfy(Self.isNumber)
        }
    }

    private func line(_ cells: [Cell], widths: [Int], right: [Bool], colour: Bool) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: widths[index] - cell.text.count)
            let shown = colour && cell.tone == .alert ? ANSI.red(cell.text) : cell.text
            if index > 0 { text += "  " }
            text += right[index] ? padding + shown : shown + padding
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// An optional minus, digits, and at most one decimal point between digits.
    static func isNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? Substring(text.dropFirst()) : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
