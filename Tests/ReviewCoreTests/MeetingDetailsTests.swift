import ReviewCore
import ReviewTestSupport
import Testing

/// A review meeting's time and place (issue 14; DESIGN §3 `starts_at`, `ends_at`, `location`, `online_url`):
/// each field checked and named, and a change applied as a whole.
@Suite("MeetingDetails and MeetingPatch — a meeting's time and place")
struct MeetingDetailsTests {
    static let review = Review(id: ReviewID(1), planID: PlanID(1), meetingOn: day("2026-12-10"), sequence: 0, invitees: [],
                               steps: [], details: (try? MeetingDetails(startsAt: "10:00", endsAt: "11:30",
                                                                        location: "Oak Room", onlineURL: nil)) ?? .none)

    @Test("a start, an end after it, a place and a link; empty text is no value; no start is all day")
    func valid() throws {
        let details = try MeetingDetails(startsAt: "9:30", endsAt: "11:00", location: " Oak Room ", onlineURL: "https://x.example/j")
        #expect(details.startsAt?.description == "09:30" && details.endsAt?.description == "11:00")
        #expect(details.onlineURL == "https://x.example/j" && !details.isAllDay)
        #expect(try MeetingDetails(startsAt: "", endsAt: nil, location: "", onlineURL: "") == .none)
        #expect(MeetingDetails.none.isAllDay)
    }

    @Test("each problem names its field", arguments: [
        (["ends_at": "11:00"], "ends_at"), (["starts_at": "11:00", "ends_at": "11:00"], "ends_at"),
        (["starts_at": "11:00", "ends_at": "10:59"], "ends_at"), (["starts_at": "24:00"], "starts_at"),
        (["location": "Room\n2"], "location"), (["online_url": "ftp://x.example"], "online_url"),
        (["online_url": "https://x.example/a b"], "online_url"), (["location": String(repeating: "x", count: 301)], "location"),
    ])
    func refused(fields: [String: String], field: String) {
        do {
            _ = try MeetingDetails(startsAt: fields["starts_at"], endsAt: fields["ends_at"], location: fields["location"],
                                   onlineURL: fields["online_url"])
            Issue.record("accepted \(fields)")
        } catch {
            #expect(error.field == field)
        }
    }

    @Test("a patch keeps what it leaves out, clears what it empties, and is checked as a whole")
    func patch() throws {
        let later = try MeetingPatch(startsAt: "14:00", endsAt: "15:00").applied(to: Self.review)
        #expect(later.meetingOn == day("2026-12-10") && later.details.location == "Oak Room")
        #expect(later.details.startsAt?.description == "14:00")
        let moved = try MeetingPatch(meetingOn: day("2026-12-14")).applied(to: Self.review)
        #expect(moved.meetingOn == day("2026-12-14") && moved.details == Self.review.details)
        let allDay = try MeetingPatch(startsAt: "").applied(to: Self.review)
        #expect(allDay.details.isAllDay && allDay.details.endsAt == nil, "clearing the start clears the end")
        #expect(try MeetingPatch(location: "").applied(to: Self.review).details.location == nil)
        #expect(throws: FieldError.self) { try MeetingPatch(endsAt: "09:00").applied(to: Self.review) }
        #expect(MeetingPatch().isEmpty && !MeetingPatch(location: "").isEmpty)
    }
}
