import Foundation
public import ReviewCore

/// The full list of a digest's late and due-soon deadlines as CSV (RFC 4180: CRLF, fields quoted when they
/// hold a comma, a quote or a line break), for the attachment that keeps a long digest readable.
///
/// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is
/// prefixed with `'`: names and references come from the authority's data, and opening the attachment
/// must never run anything.
public enum DigestCSV {
    public static let header = ["list", "plan_reference", "child", "rule", "statutory", "due_on", "days_late", "caseworker"]

    public static func text(_ report: DigestReport) -> String {
        var lines = [header.joined(separator: ",")]
        for (list, items) in [("late", report.late), ("due_soon", report.dueSoon)] {
            for item in items {
                lines.append([list, item.planReference, item.childLabel, item.rule.rawValue,
                              item.statutory ? "yes" : "no", item.dueOn.description, String(item.daysLate),
                              item.caseworker ?? ""].map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One RFC 4180 field: quoted when needed, and defused when a spreadsheet would read it as a formula.
    public static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
