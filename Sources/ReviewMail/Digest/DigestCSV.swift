import Foundation
public import ReviewCore

/// The full list of a digest's late and due-soon deadlines as CSV, for the attachment that keeps a long
/// digest readable. Quoting and the defusing of spreadsheet formulas are ``CSVText``'s, shared with the
/// exports.
public enum DigestCSV {
    public static let header = ["list", "plan_reference", "child", "rule", "statutory", "due_on", "days_late", "caseworker"]

    public static func text(_ report: DigestReport) -> String {
        var lines = [header.joined(separator: ",")]
        for (list, items) in [("late", report.late), ("due_soon", report.dueSoon)] {
            for item in items {
                lines.append([list, item.planReference, item.childLabel, item.rule.rawValue,
                              item.statutory ? "yes" : "no", item.dueOn.description, String(item.daysLate),
                              item.caseworker ?? ""].map(CSVText.field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
