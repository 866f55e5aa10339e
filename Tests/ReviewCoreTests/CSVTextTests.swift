import ReviewCore
import Testing

/// The one CSV writer every export and the digest use: RFC 4180 quoting, formulas defused.
@Suite("CSVText")
struct CSVTextTests {
    @Test("a plain field is left alone; commas, quotes and line breaks are quoted, quotes doubled")
    func quoting() {
        #expect(CSVText.field("EHC-1") == "EHC-1")
        #expect(CSVText.field("") == "")
        #expect(CSVText.field("Ní Bhriain, S.") == "\"Ní Bhriain, S.\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field("two\r\nlines") == "\"two\r\nlines\"", "CRLF is one Character in Swift, two bytes here")
        #expect(CSVText.field("CFA 2014 s44(1); CoP 9.166, 9.169") == "\"CFA 2014 s44(1); CoP 9.166, 9.169\"")
    }

    @Test("a field a spreadsheet would run as a formula gets a leading quote, then the usual quoting")
    func formulasDefused() {
        #expect(CSVText.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVText.field("-1") == "'-1")
        #expect(CSVText.field("+44") == "'+44")
        #expect(CSVText.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVText.field("\tx") == "'\tx")
        #expect(CSVText.field("\rx") == "\"'\rx\"")
        #expect(CSVText.field("2026-11-29") == "2026-11-29", "a date starts with a digit and is left alone")
    }

    @Test("a record joins its fields with commas and ends with CRLF")
    func record() {
        #expect(CSVText.record(["a", "b,c", "=1"]) == "a,\"b,c\",'=1\r\n")
        #expect(CSVText.record([]) == "\r\n")
    }
}
