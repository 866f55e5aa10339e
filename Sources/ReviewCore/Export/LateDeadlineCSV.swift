/// The columns and records of `export late` (`GET /v1/export/late`).
///
/// It exists so that the CSV's shape is fixed in one pure place that tests can read, while the daemon
/// streams the records page by page. Column names follow the API's words (`reference` as the plans import
/// names it, `due_on`, `days_late`, `source`), so a script can read the file and the JSON alike.
///
/// ```swift
/// var text = LateDeadlineCSV.header
/// text += LateDeadlineCSV.record(record)   // "EHC-0001,A. B.,annual_review,2026-03-13,261,Cara Case,\"CFA…\"\r\n"
/// ```
public enum LateDeadlineCSV {
    public static let columns = ["reference", "child", "rule", "due_on", "days_late", "caseworker", "source"]

    /// The header record, CRLF-terminated.
    public static var header: String { CSVText.record(columns) }

    /// One late deadline as a CSV record, CRLF-terminated.
    public static func record(_ late: LateDeadlineRecord) -> String {
        CSVText.record([late.reference, late.child, late.rule.rawValue, late.dueOn.description, String(late.daysLate),
                        late.caseworker ?? "", late.source])
    }
}
