/// When in the day and where a review meeting takes place (DESIGN §3: `starts_at`, `ends_at`, `location`,
/// `online_url`), so that every invitee's diary entry says when and where instead of blocking a whole day
/// and leaving each professional to ask (issue 14).
///
/// Times are local wall-clock times in the authority's `time_zone`. A meeting with no start time is an
/// all-day entry; an end time needs a start time and comes after it. The place and the link are one line
/// each; the link is an `https://` (or `http://`) address.
///
/// ```swift
/// let details = try MeetingDetails(startsAt: "10:00", endsAt: "11:30", location: "Oak Room, Town Hall",
///                                  onlineURL: "https://meet.example.gov.uk/abc")
/// ```
public struct MeetingDetails: Sendable, Hashable, Codable {
    public var startsAt: LocalTime?
    public var endsAt: LocalTime?
    public var location: String?
    public var onlineURL: String?

    public static let none = MeetingDetails(checked: nil, nil, nil, nil)

    /// Checks each field, naming it on error: times `HH:MM`; `ends_at` only with `starts_at` and after it;
    /// `location` one line of at most 300 characters; `online_url` an http(s) address without spaces. An
    /// empty text is no value.
    public init(startsAt: String? = nil, endsAt: String? = nil, location: String? = nil, onlineURL: String? = nil)
        throws(FieldError)
    {
        let starts = try Self.time(startsAt, field: "starts_at")
        let ends = try Self.time(endsAt, field: "ends_at")
        let place = try location.flatMap { text throws(FieldError) -> String? in
            Self.isBlank(text) ? nil : try TextField.singleLine(text, field: "location", maxLength: 300)
        }
        let link = try onlineURL.flatMap { text throws(FieldError) in try Self.link(text) }
        try self.init(startsAt: starts, endsAt: ends, location: place, onlineURL: link)
    }

    /// The same checks on values already typed; an end without a start, or not after it, names `ends_at`.
    public init(startsAt: LocalTime?, endsAt: LocalTime?, location: String?, onlineURL: String?) throws(FieldError) {
        if let endsAt {
            guard let startsAt else {
                throw FieldError(field: "ends_at", reason: "give starts_at as well (a meeting without a start time is all day)")
            }
            guard endsAt > startsAt else {
                throw FieldError(field: "ends_at", reason: "\(endsAt) is not after starts_at (\(startsAt))")
            }
        }
        self.init(checked: startsAt, endsAt, location, onlineURL)
    }

    init(checked startsAt: LocalTime?, _ endsAt: LocalTime?, _ location: String?, _ onlineURL: String?) {
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.location = location
        self.onlineURL = onlineURL
    }

    /// An all-day meeting: no start time.
    public var isAllDay: Bool { startsAt == nil }

    private static func time(_ text: String?, field: String) throws(FieldError) -> LocalTime? {
        guard let text, !isBlank(text) else { return nil }
        return try LocalTime(parsing: text, field: field)
    }

    private static func isBlank(_ text: String) -> Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }

    private static func link(_ text: String) throws(FieldError) -> String? {
        guard !isBlank(text) else { return nil }
        let line = try TextField.singleLine(text, field: "online_url", maxLength: 2048)
        let lower = line.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), line.count > 8 else {
            throw FieldError(field: "online_url", reason: "must be an https:// (or http://) address")
        }
        guard !line.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }) else {
            throw FieldError(field: "online_url", reason: "must not contain spaces, quotes, backslashes or angle brackets")
        }
        return line
    }
}
