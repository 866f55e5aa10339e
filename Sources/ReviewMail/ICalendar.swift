import Foundation
import ReviewCore

/// The iCalendar (RFC 5545) invitation carried by review-meeting messages, so that Outlook and other
/// clients put the meeting in the recipient's diary, move it when it moves and remove it when it is
/// cancelled (iTIP, RFC 5546: `METHOD:REQUEST` and `METHOD:CANCEL`).
///
/// A meeting with a start time is a timed event in the authority's zone (`DTSTART;TZID=Europe/London:…`,
/// with the zone's `VTIMEZONE`), an hour long unless an end is given, with its `LOCATION` and online `URL`;
/// a meeting without one is an all-day event that does not block the day. The UID is stable across moves
/// and the SEQUENCE is bumped by the notice writer on every change. Content lines end in CRLF and are
/// folded at 75 octets without splitting a UTF-8 sequence; TEXT values are escaped.
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
    /// Time and place; `.none` (no start time) makes an all-day entry.
    var details: MeetingDetails = .none
    /// The authority's zone, for a timed meeting's `TZID` and `VTIMEZONE`.
    var timeZone: TimeZone = TimeZone(identifier: "Europe/London") ?? .gmt

    /// A meeting without an end time is entered as an hour long.
    static let defaultMinutes = 60

    static let productID = "-//ehc-review//ReviewMail//EN"

    /// The folded content lines, without line endings; join them with CRLF and end with one.
    var lines: [String] {
        var unfolded = [
            "BEGIN:VCALENDAR",
            "PRODID:" + Self.productID,
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + method.rawValue,
        ]
        if let starts = details.startsAt {
            let calendar = LocalCalendar(timeZone: timeZone)
            unfolded += ICalendarTimeZone(timeZone, around: calendar.instant(of: day, hour: starts.hour,
                                                                             minute: starts.minute)).lines
        }
        unfolded += [
            "BEGIN:VEVENT",
            "UID:" + uid,
            "SEQUENCE:\(sequence)",
            "DTSTAMP:" + DateWording.iCalendarUTC(stamp),
        ]
        if let starts = details.startsAt {
            let endMinutes = details.endsAt?.minutesSinceMidnight ?? starts.minutesSinceMidnight + Self.defaultMinutes
            let tzid = ";TZID=" + Self.parameterValue(timeZone.identifier)
            unfolded.append("DTSTART\(tzid):" + Self.localDateTime(day, minutes: starts.minutesSinceMidnight))
            unfolded.append("DTEND\(tzid):" + Self.localDateTime(day, minutes: endMinutes))
        } else {
            unfolded.append("DTSTART;VALUE=DATE:" + DateWording.iCalendarDate(day))
            unfolded.append("DTEND;VALUE=DATE:" + DateWording.iCalendarDate(day.adding(days: 1)))
        }
        unfolded += [
            "SUMMARY:" + Self.text(summary),
            "DESCRIPTION:" + Self.text(description + (details.onlineURL.map { "\nJoin online: " + $0 } ?? "")),
        ]
        if let location = details.location { unfolded.append("LOCATION:" + Self.text(location)) }
        if let link = details.onlineURL { unfolded.append("URL:" + link) }
        let organizerName = organizer.displayName.map { ";CN=" + Self.parameter($0) } ?? ""
        unfolded.append("ORGANIZER\(organizerName):mailto:\(organizer.address.value)")
        let attendeeCN = attendeeName.mailLine.isEmpty ? "" : ";CN=" + Self.parameter(attendeeName)
        unfolded.append("ATTENDEE\(attendeeCN);ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:\(attendee.value)")
        unfolded += [
            "STATUS:" + (method == .cancel ? "CANCELLED" : "CONFIRMED"),
            // A timed meeting makes the recipient busy; an all-day one (time not known yet) must not block the day.
            "TRANSP:" + (details.startsAt == nil ? "TRANSPARENT" : "OPAQUE"),
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return unfolded.flatMap(Self.fold)
    }

    /// `20261210T100000`: a local DATE-TIME `minutes` after the start of `day` (past midnight: the next day).
    static func localDateTime(_ day: CivilDate, minutes: Int) -> String {
        let date = day.adding(days: minutes / 1440)
        let minute = minutes % 1440
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return DateWording.iCalendarDate(date) + "T" + two(minute / 60) + two(minute % 60) + "00"
    }

    /// A parameter value that needs quoting only if it holds `:`, `;` or `,` (a TZID such as Europe/London
    /// does not, and Outlook matches it unquoted).
    static func parameterValue(_ value: String) -> String {
        value.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? parameter(value) : value
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
