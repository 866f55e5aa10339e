import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import ReviewAPI
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// DESIGN §3 "the same key and body never act twice", and issue 11 item 1: a key is bound to the caller, the
/// method, the concrete path (its ids) and the body. Replaying a key on another plan used to answer with the
/// first plan's event and write nothing: a silent write loss.
@Suite("Admin API: an Idempotency-Key is bound to caller, method, concrete path and body")
struct AdminAPIIdempotencyTests {
    static func keyed(_ key: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[HTTPField.Name("Idempotency-Key")!] = key
        return headers
    }

    /// Two plans, one therapist; returns (plan 1, plan 2, professional).
    static func twoPlans(_ client: any TestClientProtocol) async throws -> (Int, Int, Int) {
        let professional = try await client.call(.post, "/v1/professionals",
                                                 json: #"{"name":"Sam Speech","email":"sam@nhs.example","role":"speech_and_language_therapist"}"#)
        let professionalID = try #require(professional.body["id"] as? Int)
        var plans: [Int] = []
        for index in 1...2 {
            let child = try await client.call(.post, "/v1/children",
                                              json: #"{"given_name":"A","family_name":"B","date_of_birth":"2014-05-10"}"#)
            let childID = try #require(child.body["id"] as? Int)
            let plan = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-\#(index)"}"#)
            plans.append(try #require(plan.body["id"] as? Int))
        }
        return (plans[0], plans[1], professionalID)
    }

    @Test("the same key and body on another plan's events is 422 and writes nothing for either plan")
    func eventOnAnotherPlan() async throws {
        let harness = try AdminAPIHarness()
        let body = #"{"kind":"final_issued","on":"2025-03-14"}"#
        let (first, second) = try await harness.test { client in
            let (plan1, plan2, _) = try await Self.twoPlans(client)
            let first = try await client.call(.post, "/v1/plans/\(plan1)/events", json: body, headers: Self.keyed("K"))
            let replay = try await client.call(.post, "/v1/plans/\(plan1)/events", json: body, headers: Self.keyed("K"))
            #expect(replay.status == 201 && replay.text == first.text, "the same request again gives the first answer")
            let other = try await client.call(.post, "/v1/plans/\(plan2)/events", json: body, headers: Self.keyed("K"))
            #expect(other.status == 422, "\(other.text)")
            #expect(other.body["field"] as? String == "Idempotency-Key")
            #expect((other.body["detail"] as? String)?.contains("/v1/plans/\(plan1)/events") == true, "\(other.text)")
            // With its own key the second plan's event is recorded.
            let own = try await client.call(.post, "/v1/plans/\(plan2)/events", json: body, headers: Self.keyed("K2"))
            #expect(own.status == 201)
            return (plan1, plan2)
        }
        let events1 = try await harness.store.events(plan: PlanID(Int64(first)))
        let events2 = try await harness.store.events(plan: PlanID(Int64(second)))
        #expect(events1.count == 1, "the replay acted once on plan 1")
        #expect(events2.count == 1, "plan 2 has only the event sent with its own key")
    }

    @Test("PUT contributors and PATCH professionals: the same key on another id is 422")
    func contributorsAndProfessionals() async throws {
        let harness = try AdminAPIHarness()
        let plan2 = try await harness.test { client in
            let (plan1, plan2, professional) = try await Self.twoPlans(client)
            #expect(try await client.call(.put, "/v1/plans/\(plan1)/contributors/\(professional)",
                                          headers: Self.keyed("C")).status == 201)
            let other = try await client.call(.put, "/v1/plans/\(plan2)/contributors/\(professional)", headers: Self.keyed("C"))
            #expect(other.status == 422, "\(other.text)")

            let second = try await client.call(.post, "/v1/professionals",
                                               json: #"{"name":"Kim OT","email":"kim@nhs.example","role":"occupational_therapist"}"#)
            let secondID = try #require(second.body["id"] as? Int)
            let rename = #"{"name":"Renamed"}"#
            #expect(try await client.call(.patch, "/v1/professionals/\(professional)", json: rename,
                                          headers: Self.keyed("P")).status == 200)
            let renameOther = try await client.call(.patch, "/v1/professionals/\(secondID)", json: rename, headers: Self.keyed("P"))
            #expect(renameOther.status == 422)
            #expect(try await client.call(.get, "/v1/professionals/\(secondID)").body["name"] as? String == "Kim OT",
                    "the refused replay changed nothing")
            // Another method on the same path with the same key is another request too.
            let delete = try await client.call(.delete, "/v1/plans/\(plan1)/contributors/\(professional)", headers: Self.keyed("C"))
            #expect(delete.status == 422)
            return plan2
        }
        #expect(try await harness.store.contributors(plan: PlanID(Int64(plan2))).isEmpty)
    }

    @Test("keys are per caller: another admin's same key acts on its own")
    func perCaller() async throws {
        let harness = try AdminAPIHarness()
        let other = CallerIdentity(uid: 1003, gid: 1003, pid: 3, userName: "carol", groups: [1003, AdminAPIHarness.adminGroup])
        let body = #"{"name":"Sam","email":"sam@nhs.example","role":"physiotherapist"}"#
        let first = try await harness.test { client in
            try await client.call(.post, "/v1/professionals", json: body, headers: Self.keyed("same")).status
        }
        let second = try await harness.test(as: other) { client in
            try await client.call(.post, "/v1/professionals", json: body.replacingOccurrences(of: "sam@", with: "sam2@"),
                                  headers: Self.keyed("same")).status
        }
        #expect(first == 201 && second == 201)
        #expect(try await harness.store.professionals().count == 2)
    }
}
