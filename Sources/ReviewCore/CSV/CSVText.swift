import Foundation

/// Writing CSV as RFC 4180 says (CRLF after every record, a field quoted when it holds a comma, a quote or a
/// line break, quotes inside doubled), with one addition for the people who open it: a field a spreadsheet
/// would run as a formula is defused.
///
/// It exists so that every CSV the product writes — the digest's attachment, `export late`, the SEN2
/// export — quotes and defuses in exactly one way. Names and references come from the authority's data,
/// and opening a file we wrote must never run anything: a field starting with `=`, `+`, `-`, `@`, tab or
/// CR gets a leading `'` (OWASP's advice on CSV injection), which Excel and LibreOffice show as text.
///
/// ```swift
/// CSVText.field("Ní Bhriain, S.")          // "\"Ní Bhriain, S.\""
/// CSVText.record(["EHC-1", "=1+1"])        // "EHC-1,'=1+1\r\n"
/// ```
public enum CSVText {
    /// One field: defused when a spreadsheet would read it as a formula, then quoted when needed.
    ///
    /// It looks at UTF-8 bytes, not characters: every byte that matters is ASCII, no other character's
    /// encoding contains one, and an export calls this millions of times.
    public static func field(_ value: String) -> String {
        let formula = value.utf8.first.map(formulaStarts.contains) ?? false
        let quoted = value.utf8.contains(where: quoteTriggers.contains)
        guard formula || quoted else { return value }
        let defused = formula ? "'" + value : value
        guard quoted else { return defused }
        return "\"" + defused.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// First bytes a spreadsheet reads as the start of a formula: `=`, `+`, `-`, `@`, tab, CR.
    private static let formulaStarts = Set("=+-@\t\r".utf8)
    /// Bytes that make RFC 4180 quote a field: comma, quote, LF, CR.
    private static let quoteTriggers = Set(",\"\n\r".utf8)

    /// One record: the fields, each through ``field(_:)``, joined by commas and ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
