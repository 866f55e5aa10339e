/// A change to a booked review meeting (`PATCH /v1/reviews/{id}`): any of its day, start and end times,
/// place and online link. A field left out keeps its value; an empty text clears it (clearing `starts_at`
/// makes the meeting all day again, and so clears `ends_at` unless one is given — which is then refused).
///
/// It exists so that what a change makes of a meeting is decided once, here, and checked as a whole (an
/// end before the start is refused whichever of the two was changed), before the store records it.
public struct MeetingPatch: Sendable, Hashable {
    public var meetingOn: CivilDate?
    public var startsAt: String?
    public var endsAt: String?
    public var location: String?
    public var onlineURL: String?

    public init(meetingOn: CivilDate? = nil, startsAt: String? = nil, endsAt: String? = nil, location: String? = nil,
                onlineURL: String? = nil) {
        self.meetingOn = meetingOn
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.location = location
        self.onlineURL = onlineURL
    }

    /// Whether the patch names nothing to change.
    public var isEmpty: Bool {
        meetingOn == nil && startsAt == nil && endsAt == nil && location == nil && onlineURL == nil
    }

    /// The meeting's day and details once `review` has this change applied, each field checked.
    public func applied(to review: Review) throws(FieldError) -> (meetingOn: CivilDate, details: MeetingDetails) {
        let current = review.details
        let starts = startsAt ?? current.startsAt?.description
        let ends = endsAt ?? (startsAt == "" ? nil : current.endsAt?.description)
        let details = try MeetingDetails(startsAt: starts, endsAt: ends, location: location ?? current.location,
                                         onlineURL: onlineURL ?? current.onlineURL)
        return (meetingOn ?? review.meetingOn, details)
    }
}
