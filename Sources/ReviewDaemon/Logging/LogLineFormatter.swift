public import Foundation
public import Logging

/// Turns one log message into one line of text, with no I/O: the testable half of ``JournalLogHandler``.
///
/// It exists so that what an admin sees in `journalctl` or a terminal is pinned by tests without touching
/// stderr. A line is
///
/// - ``LogLineStyle/journal``: `<4>warning ehc-reviewd: message key=value` (journald stamps the time and
///   reads the priority from `<N>`);
/// - ``LogLineStyle/plain``: `2026-11-29T07:00:00Z warning ehc-reviewd: message key=value` (UTC, RFC 3339).
///
/// Metadata follows the message, sorted by key, as `key=value` (lists as `[a,b]`); a value that is empty
/// or holds a space, `"` or `=` is quoted (`key="two words"`). Control characters in the message, keys and
/// values are escaped (a newline becomes the two characters `\n`), so one message is always exactly one
/// line and no text can forge a line of its own. The returned line has no trailing newline.
public enum LogLineFormatter {
    /// Formats one message.
    public static func line(
        style: LogLineStyle,
        timestamp: Date,
        level: Logger.Level,
        label: String,
        message: String,
        metadata: Logger.Metadata
    ) -> String {
        var line: String
        switch style {
        case .journal:
            line = "<\(syslogPriority(level))>"
        case .plain:
            line = timestamp.formatted(rfc3339) + " "
        }
        line += "\(level) \(escaped(label)): \(escaped(message))"
        for key in metadata.keys.sorted() {
            guard let value = metadata[key] else { continue }
            line += " \(escaped(key))=\(quotedIfNeeded(escaped(rendered(value))))"
        }
        return line
    }

    /// The syslog priority journald reads from the `<N>` prefix (`sd-daemon(3)`).
    public static func syslogPriority(_ level: Logger.Level) -> Int {
        switch level {
        case .critical: 2  // LOG_CRIT
        case .error: 3  // LOG_ERR
        case .warning: 4  // LOG_WARNING
        case .notice: 5  // LOG_NOTICE
        case .info: 6  // LOG_INFO
        case .debug, .trace: 7  // LOG_DEBUG
        }
    }

    /// A metadata value as text; lists as `[a,b]`, dictionaries as `[k:v,…]` sorted by key, so that lines
    /// compare equal from run to run.
    static func rendered(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible): convertible.description
        case .array(let items): "[" + items.map(rendered).joined(separator: ",") + "]"
        case .dictionary(let entries):
            "[" + entries.keys.sorted().map { "\($0):\(entries[$0].map(rendered) ?? "")" }.joined(separator: ",") + "]"
        }
    }

    /// `text` with every control character escaped: `\n`, `\r`, `\t` and `\u{XX}` for the rest.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar):
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        // C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators.
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    private static func quotedIfNeeded(_ value: String) -> String {
        guard value.isEmpty || value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static let rfc3339 = Date.ISO8601FormatStyle(timeZone: .gmt)
}
