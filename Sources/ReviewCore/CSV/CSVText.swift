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
    public static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the fields, each through ``field(_:)``, joined by commas and ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
