import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 13 / DESIGN §3: one open review per plan (a second is 409 naming the open one), moving a meeting
/// with `PATCH /v1/reviews/{id}` (one update, SEQUENCE + 1), the plan's reviews listed, a plan found by
/// its reference.
@Suite("Admin API: one open review, moving a meeting, listing reviews")
struct AdminAPIReviewMeetingTests {
    @Test("book, refuse a second, move, list; find the plan by reference")
    func meetings() async throws {
        let harness = try AdminAPIHarness()
        let reviewID = try await harness.test { client -> Int in
            let planID = try await issuedPlan(client, reference: "EHC-77")
            let first = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2026-12-20"}"#)
            let firstID = try #require(first.body["id"] as? Int)
            let second = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2026-12-21"}"#)
            #expect(second.status == 409)
            #expect((second.body["detail"] as? String)?.contains("review \(firstID)") == true, "\(second.text)")
            let moved = try await client.call(.patch, "/v1/reviews/\(firstID)", json: #"{"meeting_on":"2026-12-22"}"#)
            #expect(moved.status == 200)
            #expect(moved.body["meeting_on"] as? String == "2026-12-22")
            #expect(moved.body["sequence"] as? Int == 1)
            let listed = try await client.execute(uri: "/v1/plans/\(planID)/reviews", method: .get) { response in
                (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [[String: Any]] ?? []
            }
            #expect(listed.map { $0["id"] as? Int } == [firstID])
            let found = try await client.execute(uri: "/v1/plans?reference=EHC-77", method: .get) { response in
                (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [[String: Any]] ?? []
            }
            #expect(found.map { $0["id"] as? Int } == [planID])
            // Once held, the next review may be booked.
            _ = try await client.call(.post, "/v1/reviews/\(firstID)/steps", json: #"{"step":"meeting_held","on":"2026-11-29"}"#)
            #expect(try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"{"meeting_on":"2027-10-01"}"#).status == 201)
            return firstID
        }
        let notices = try await harness.store.notices(limit: 100)
        #expect(notices.filter { $0.kind == .reviewMoved && $0.reviewID?.rawValue == Int64(reviewID) }.count == 1,
                "one update to the one contributor")
        #expect(notices.filter { $0.kind == .reviewScheduled }.count == 2, "the refused second booking invited no one")
    }
}

/// Issue 14 item 4: a meeting's time and place over the API — booked, changed (one update, SEQUENCE + 1,
/// the payload saying what it was), refused when it does not make sense, and a change to nothing sends nothing.
@Suite("Admin API: a meeting's time and place")
struct AdminAPIMeetingDetailsTests {
    @Test("book at 10:00 in a room, move to 14:00: one update carrying what it was; bad times and links name their field")
    func timeAndPlace() async throws {
        let harness = try AdminAPIHarness()
        let reviewID = try await harness.test { client -> Int in
            let planID = try await issuedPlan(client, reference: "EHC-78")
            for (json, field) in [
                (#"{"meeting_on":"2026-12-20","starts_at":"10:00","ends_at":"09:30"}"#, "ends_at"),
                (#"{"meeting_on":"2026-12-20","ends_at":"09:30"}"#, "ends_at"),
                (#"{"meeting_on":"2026-12-20","starts_at":"25:00"}"#, "starts_at"),
                (#"{"meeting_on":"2026-12-20","online_url":"javascript:alert(1)"}"#, "online_url"),
                (#"{"meeting_on":"2026-12-20","location":"Room\n2"}"#, "location"),
            ] {
                let refused = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: json)
                #expect(refused.status == 400 && refused.body["field"] as? String == field, "\(json): \(refused.text)")
            }
            let booked = try await client.call(.post, "/v1/plans/\(planID)/reviews", json: #"""
                {"meeting_on":"2026-12-20","starts_at":"10:00","ends_at":"11:30","location":"Oak Room, Town Hall",
                 "online_url":"https://meet.example.gov.uk/j/1"}
                """#)
            #expect(booked.status == 201, "\(booked.text)")
            #expect(booked.body["starts_at"] as? String == "10:00" && booked.body["ends_at"] as? String == "11:30")
            #expect(booked.body["location"] as? String == "Oak Room, Town Hall")
            let id = try #require(booked.body["id"] as? Int)
            let retimed = try await client.call(.patch, "/v1/reviews/\(id)", json: #"{"starts_at":"14:00","ends_at":"15:00"}"#)
            #expect(retimed.status == 200 && retimed.body["sequence"] as? Int == 1, "\(retimed.text)")
            #expect(retimed.body["meeting_on"] as? String == "2026-12-20" && retimed.body["location"] as? String == "Oak Room, Town Hall")
            let same = try await client.call(.patch, "/v1/reviews/\(id)", json: #"{"starts_at":"14:00"}"#)
            #expect(same.status == 200 && same.body["sequence"] as? Int == 1, "nothing changed: no update")
            let backwards = try await client.call(.patch, "/v1/reviews/\(id)", json: #"{"ends_at":"13:00"}"#)
            #expect(backwards.status == 400 && backwards.body["field"] as? String == "ends_at")
            let allDay = try await client.call(.patch, "/v1/reviews/\(id)", json: #"{"starts_at":""}"#)
            #expect(allDay.status == 200 && allDay.body["starts_at"] == nil && allDay.body["ends_at"] == nil, "\(allDay.text)")
            return id
        }
        let moves = try await harness.store.notices(limit: 100).filter { $0.kind == .reviewMoved && $0.reviewID?.rawValue == Int64(reviewID) }
        #expect(moves.count == 2, "the time change and the return to all day; the no-change PATCH sent nothing")
        let content = try JSONDecoder().decode(NoticeContent.self, from: Data(try #require(moves.first).payload.utf8))
        #expect(content.meeting?.details?.startsAt?.description == "14:00")
        #expect(content.meeting?.was?.details?.startsAt?.description == "10:00")
        #expect(content.meeting?.sequence == 1)
        let audit = try await harness.store.auditEntries(limit: 20).map(\.summary)
        #expect(audit.contains("time 10:00–11:30 to 14:00–15:00"), "\(audit)")
        #expect(!audit.contains { $0.contains("Oak Room") }, "no place in the audit summary")
    }
}

/// A plan `reference` issued on 10 January 2026 with one contributor (a physiotherapist); returns its id.
func issuedPlan(_ client: any TestClientProtocol, reference: String) async throws -> Int {
    let professional = try await client.call(.post, "/v1/professionals",
                                             json: #"{"name":"Sam","email":"sam@nhs.example","role":"physiotherapist"}"#)
    let professionalID = try #require(professional.body["id"] as? Int)
    let child = try await client.call(.post, "/v1/children",
                                      json: #"{"given_name":"A","family_name":"B","date_of_birth":"2016-05-10"}"#)
    let childID = try #require(child.body["id"] as? Int)
    let plan = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"\#(reference)"}"#)
    let planID = try #require(plan.body["id"] as? Int)
    _ = try await client.call(.put, "/v1/plans/\(planID)/contributors/\(professionalID)")
    _ = try await client.call(.post, "/v1/plans/\(planID)/events", json: #"{"kind":"final_issued","on":"2026-01-10"}"#)
    return planID
}
