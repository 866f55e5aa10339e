import ReviewCore

/// A review meeting's day, time and place in words, and what a change changed — "moved from 10:00 to
/// 14:00" — so that every invitation and update says when and where without the reader opening the diary
/// entry (issue 14).
enum MeetingWording {
    /// "10 December 2026 at 10:00 to 11:30", "10 December 2026 at 10:00", or "10 December 2026" (all day).
    static func when(on day: CivilDate, _ details: MeetingDetails?, long: Bool = false) -> String {
        (long ? DateWording.long(day) : DateWording.words(day)) + time(details).map { " at \($0)" }.orEmpty
    }

    /// "10:00 to 11:30", "10:00", or `nil` for an all-day meeting.
    static func time(_ details: MeetingDetails?) -> String? {
        guard let starts = details?.startsAt else { return nil }
        return "\(starts)" + (details?.endsAt.map { " to \($0)" }).orEmpty
    }

    /// "Oak Room, Town Hall, or online", "online", or `nil` when neither is known.
    static func place(_ details: MeetingDetails?) -> String? {
        switch (details?.location, details?.onlineURL) {
        case let (location?, _?): "\(location), or online"
        case let (location?, nil): location
        case (nil, _?): "online"
        case (nil, nil): nil
        }
    }

    /// What changed from `was` to the meeting, each as a phrase: "the day from 10 December 2026 to 14 December
    /// 2026", "the time from 10:00 to 14:00", "the place from Room 2 to Oak Room", "the online link".
    static func changes(_ meeting: NoticeContent.Meeting) -> [String] {
        guard let was = meeting.was else { return [] }
        var changes: [String] = []
        if was.on != meeting.on {
            changes.append("the day from \(DateWording.words(was.on)) to \(DateWording.words(meeting.on))")
        }
        let oldTime = time(was.details) ?? "all day"
        let newTime = time(meeting.details) ?? "all day"
        if oldTime != newTime { changes.append("the time from \(oldTime) to \(newTime)") }
        if was.details?.location != meeting.details?.location {
            switch (was.details?.location, meeting.details?.location) {
            case let (old?, new?): changes.append("the place from \(old) to \(new)")
            case let (nil, new?): changes.append("the place, now \(new)")
            case (_?, nil): changes.append("the place (none is set now)")
            case (nil, nil): break
            }
        }
        if was.details?.onlineURL != meeting.details?.onlineURL { changes.append("the online link") }
        return changes
    }
}

private extension Optional where Wrapped == String {
    var orEmpty: String { self ?? "" }
}
