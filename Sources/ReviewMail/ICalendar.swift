import Foundation
import ReviewCore

/// The iCalendar (RFC 5545) invitation carried by review-meeting messages, so that Outlook and other
/// clients put the meeting in the recipient's diary, move it when it moves and remove it when it is
/// cancelled (iTIP, RFC 5546: `METHOD:REQUEST` and `METHOD:CANCEL`).
///
/// The meeting is an all-day event (the time is set by the caseworker, not by this service) with a UID
/// stable across moves and a SEQUENCE that the notice writer bumps on every change. Content lines end in
/// CRLF and are folded at 75 octets without splitting a UTF-8 sequence; TEXT values are escaped.
struct ICalendarInvitation: Sendable, Hashable {
    enum Method: String, Sendable {
        case request = "REQUEST"
        case cancel = "CANCEL"
    }

    var method: Method
    var uid: String
    var sequence: Int
    var stamp: Date
    var day: CivilDate
    var summary: String
    var description: String
    var organizer: MailboxAddress
    var attendeeName: String
    var attendee: EmailAddress

    static let productID = "-//ehc-review//ReviewMail//EN"

    /// The folded content lines, without line endings; join them with CRLF and end with one.
    var lines: [String] {
        var unfolded = [
            "BEGIN:VCALENDAR",
            "PRODID:" + Self.productID,
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + method.rawValue,
            "BEGIN:VEVENT",
            "UID:" + uid,
            "SEQUENCE:\(sequence)",
            "DTSTAMP:" + DateWording.iCalendarUTC(stamp),
            "DTSTART;VALUE=DATE:" + DateWording.iCalendarDate(day),
            "DTEND;VALUE=DATE:" + DateWording.iCalendarDate(day.adding(days: 1)),
            "SUMMARY:" + Self.text(summary),
            "DESCRIPTION:" + Self.text(description),
        ]
        let organizerName = organizer.displayName.map { ";CN=" + Self.parameter($0) } ?? ""
        unfolded.append("ORGANIZER\(organizerName):mailto:\(organizer.address.value)")
        let attendeeCN = attendeeName.mailLine.isEmpty ? "" : ";CN=" + Self.parameter(attendeeName)
        unfolded.append("ATTENDEE\(attendeeCN);ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:\(attendee.value)")
        unfolded += [
            "STATUS:" + (method == .cancel ? "CANCELLED" : "CONFIRMED"),
            // The time of day is not known here: do not block the recipient's whole day.
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return unfolded.flatMap(Self.fold)
    }

    /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped; a line break as `\n`.
    static func text(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n": escaped += "\\n"
            default:
                let isControl = character.unicodeScalars.contains {
                    $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
                }
                escaped += isControl ? " " : String(character)
            }
        }
        return escaped
    }

    /// A parameter value, always quoted (names hold `,`, `;` and `:`); DQUOTE cannot be escaped in
    /// iCalendar, so it becomes an apostrophe.
    static func parameter(_ value: String) -> String {
        "\"" + value.mailLine.map { $0 == "\"" ? "'" : String($0) }.joined() + "\""
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1): continuation lines start with one space, and a
    /// break falls between characters (between Unicode scalars inside a character too long for a line),
    /// never inside a UTF-8 sequence.
    static func fold(_ line: String) -> [String] {
        var units: [String] = []
        for character in line {
            let text = String(character)
            if text.utf8.count <= 74 {
                units.append(text)
            } else {
                units += text.unicodeScalars.map { String($0) }
            }
        }
        var lines: [String] = []
        var current = ""
        var octets = 0
        for unit in units {
            let size = unit.utf8.count
            if octets + size > 75 {
                lines.append(current)
                current = " "
                octets = 1
            }
            current += unit
            octets += size
        }
        lines.append(current)
        return lines
    }
}
