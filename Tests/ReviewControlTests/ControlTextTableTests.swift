@testable import ReviewControl
import Testing

/// The aligned text tables and key: value lines of ehc-reviewctl's output.
@Suite("ehc-reviewctl text tables")
struct ControlTextTableTests {
    @Test("columns line up two spaces apart; numbers are right-aligned; no trailing spaces")
    func alignment() {
        var table = TextTable(columns: [.init("ID"), .init("NAME"), .init("DAYS LATE")])
        table.append(["7", "Ada Lovelace", "120"])
        table.append(["12", "Bo", "3"])
        #expect(table.render() == """
            ID  NAME          DAYS LATE
             7  Ada Lovelace        120
            12  Bo                    3

            """)
    }

    @Test("a header wider than its cells sets the width; the last left column is not padded")
    func widths() {
        let table = TextTable(columns: [.init("REFERENCE", alignment: .left), .init("STATE")],
                              rows: [["1", "late"], ["EHC-22", "done"]])
        #expect(table.render() == "REFERENCE  STATE\n1          late\nEHC-22     done\n")
    }

    @Test("a column of numbers with blanks and dashes still aligns right; mixed text aligns left")
    func automaticAlignment() {
        let table = TextTable(columns: [.init("A"), .init("B")],
                              rows: [["10", "x"], ["-", "2"], ["", "-3.5"]])
        #expect(table.render() == " A  B\n10  x\n -  2\n    -3.5\n")
    }

    @Test("forced alignment wins over the automatic one")
    func forced() {
        let table = TextTable(columns: [.init("CODE", alignment: .left), .init("NAME", alignment: .right)],
                              rows: [["1", "ab"], ["200", "c"]])
        #expect(table.render() == "CODE  NAME\n1       ab\n200      c\n")
    }

    @Test("a row with too few cells is padded and one with too many is cut")
    func ragged() {
        var table = TextTable(columns: [.init("X"), .init("Y")])
        table.append(["a"])
        table.append(["b", "c", "d"])
        #expect(table.rows.map { $0.map(\.text) } == [["a", ""], ["b", "c"]])
        #expect(table.render() == "X  Y\na\nb  c\n")
    }

    @Test("alert cells are red only with colour, and padding stays outside the colour")
    func colour() {
        let table = TextTable(columns: [.init("STATE"), .init("N")],
                              rows: [[TextTable.Cell("late", tone: .alert), "1"], ["pending", "20"]])
        #expect(table.render(colour: false) == "STATE     N\nlate      1\npending  20\n")
        #expect(table.render(colour: true) == "STATE     N\n\u{1B}[31mlate\u{1B}[0m      1\npending  20\n")
    }

    @Test("an empty table is just its header")
    func empty() {
        #expect(TextTable(columns: [.init("ID"), .init("NAME")]).render() == "ID  NAME\n")
    }

    @Test("numbers are recognised strictly")
    func numbers() {
        #expect(TextTable.isNumber("0"))
        #expect(TextTable.isNumber("-12"))
        #expect(TextTable.isNumber("3.25"))
        #expect(!TextTable.isNumber("1.2.3"))
        #expect(!TextTable.isNumber("12a"))
        #expect(!TextTable.isNumber("-"))
        #expect(!TextTable.isNumber(".5"))
        #expect(!TextTable.isNumber("2026-01-05"))
    }

    @Test("key: value lines align their values")
    func keyValues() {
        let list = KeyValueList([.init("id", "12"), .init("date of birth", "2015-03-01")])
        #expect(list.render() == "id:            12\ndate of birth: 2015-03-01\n")
    }

    @Test("colour only on a terminal and only without NO_COLOR")
    func colourRule() {
        #expect(OutputStyle.colourAllowed(environment: [:], isTerminal: true))
        #expect(!OutputStyle.colourAllowed(environment: [:], isTerminal: false))
        #expect(!OutputStyle.colourAllowed(environment: ["NO_COLOR": "1"], isTerminal: true))
        #expect(!OutputStyle.colourAllowed(environment: ["NO_COLOR": ""], isTerminal: true))
    }
}
