import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReviewCore
import ReviewStore
import ReviewTestSupport
import Testing

/// `/v1/export/…` through the router: CSV answers, readable by readers, and bad query values refused
/// under their own names.
@Suite("Admin API exports (no socket)")
struct AdminAPIExportTests {
    static let contentDisposition = HTTPField.Name("Content-Disposition")!

    /// A plan first issued on `issued` for a child in Year 4, with the review `decided` if given.
    static func plan(_ store: ReviewStore, _ reference: String, issued: String, meeting: String? = nil,
                     decided: String? = nil, decision: ReviewDecision = .maintain) async throws {
        let child = try await store.addChild(
            try NewChild(givenName: "Bea", familyName: "Cole", dateOfBirth: day("2017-05-10"), today: store.today),
            by: testAdmin)
        let plan = try await store.addPlan(try NewPlan(childID: child.id, reference: reference), by: testAdmin)
        _ = try await store.recordEvent(plan.id, kind: .finalIssued, on: day(issued), by: testAdmin)
        guard let meeting else { return }
        let review = try await store.scheduleReview(plan: plan.id, meetingOn: day(meeting), by: testAdmin)
        guard let decided else { return }
        _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: day(decided),
                                                                  decision: decision), by: testAdmin)
    }

    /// Status, the headers that matter, and the body.
    static func get(_ client: any TestClientProtocol, _ uri: String) async throws
        -> (status: Int, type: String?, disposition: String?, text: String)
    {
        try await client.execute(uri: uri, method: .get) { response in
            (Int(response.status.code), response.headers[.contentType], response.headers[contentDisposition],
             String(buffer: response.body))
        }
    }

    @Test("a reader exports the late list as CSV, in the order and with the days of GET /v1/deadlines?state=late")
    func late() async throws {
        let harness = try AdminAPIHarness()
        try await Self.plan(harness.store, "EHC-2", issued: "2025-06-01")
        try await Self.plan(harness.store, "EHC-1", issued: "2025-03-14")
        try await Self.plan(harness.store, "EHC-3", issued: "2026-06-01")
        try await harness.test(as: AdminAPIHarness.reader) { client in
            let answer = try await Self.get(client, "/v1/export/late")
            #expect(answer.status == 200)
            #expect(answer.type == "text/csv; charset=utf-8")
            #expect(answer.disposition == "attachment; filename=\"ehc-review-late-2026-11-29.csv\"")
            #expect(answer.text == LateDeadlineCSV.header
                        + "EHC-1,B. C.,annual_review,2026-03-13,261,,\"CFA 2014 s44(1); CoP 9.166, 9.169\"\r\n"
                        + "EHC-2,B. C.,annual_review,2026-05-31,182,,\"CFA 2014 s44(1); CoP 9.166, 9.169\"\r\n")
            let listed = try await Self.get(client, "/v1/deadlines?state=late")
            let references = try #require(try JSONSerialization.jsonObject(with: Data(listed.text.utf8)) as? [[String: Any]])
                .compactMap { $0["reference"] as? String }
            #expect(references == ["EHC-1", "EHC-2"])
            let earlier = try await Self.get(client, "/v1/export/late?as_of=2026-04-01")
            #expect(earlier.text == LateDeadlineCSV.header
                        + "EHC-1,B. C.,annual_review,2026-03-13,19,,\"CFA 2014 s44(1); CoP 9.166, 9.169\"\r\n")
            #expect(earlier.disposition == "attachment; filename=\"ehc-review-late-2026-04-01.csv\"")
        }
    }

    @Test("a bad as_of is 400 naming the field; a caller whose credentials cannot be read gets 403")
    func lateRefusals() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test(as: AdminAPIHarness.reader) { client in
            let bad = try await client.call(.get, "/v1/export/late?as_of=2026-02-30")
            #expect(bad.status == 400)
            #expect(bad.body["field"] as? String == "as_of")
        }
        try await harness.test(as: nil) { client in
            let late = try await client.call(.get, "/v1/export/late")
            let sen2 = try await client.call(.get, "/v1/export/sen2-reviews?year=2025")
            #expect(late.status == 403 && sen2.status == 403)
        }
    }

    @Test("2,500 late deadlines come out whole and in order across the export's pages")
    func manyRows() async throws {
        let harness = try AdminAPIHarness()
        let queue = try DatabaseQueue(path: harness.database.path)
        try await queue.write { db in
            for index in 1...2500 {
                try db.execute(sql: """
                    INSERT INTO children (given_name, family_name, date_of_birth, created_at)
                    VALUES ('Child', 'N\(index)', '2017-05-10', '2026-01-01T00:00:00Z')
                    """)
                let child = db.lastInsertedRowID
                try db.execute(sql: """
                    INSERT INTO plans (child_id, reference, first_issued_on, created_at)
                    VALUES (?, ?, '2025-01-01', '2026-01-01T00:00:00Z')
                    """, arguments: [child, String(format: "EHC-%05d", 2501 - index)])
                try db.execute(sql: """
                    INSERT INTO deadlines (plan_id, key, rule, due_on, statutory, source)
                    VALUES (?, 'annual_review@2025-01-01', 'annual_review', ?, 1, 'CFA 2014 s44(1)')
                    """, arguments: [db.lastInsertedRowID, day("2026-01-01").adding(days: index % 300).description])
            }
        }
        try queue.close()
        try await harness.test(as: AdminAPIHarness.reader) { client in
            let answer = try await Self.get(client, "/v1/export/late")
            let lines = answer.text.split(separator: "\r\n", omittingEmptySubsequences: true)
            #expect(lines.count == 2501)
            let dues = lines.dropFirst().map { $0.split(separator: ",")[3] }
            #expect(dues == dues.sorted(), "most late first")
            #expect(Set(lines.dropFirst().map { $0.split(separator: ",")[0] }).count == 2500, "each plan once")
        }
    }

    @Test("a reader exports SEN2 Module 5 per plan and the year's figures")
    func sen2() async throws {
        let harness = try AdminAPIHarness()
        try await Self.plan(harness.store, "EHC-1", issued: "2024-03-14", meeting: "2025-02-20", decided: "2025-03-10")
        try await Self.plan(harness.store, "EHC-2", issued: "2024-02-01")
        try await Self.plan(harness.store, "EHC-3", issued: "2025-07-01")
        try await harness.test(as: AdminAPIHarness.reader) { client in
            let plans = try await Self.get(client, "/v1/export/sen2-reviews?year=2025")
            #expect(plans.status == 200)
            #expect(plans.type == "text/csv; charset=utf-8")
            #expect(plans.disposition == "attachment; filename=\"ehc-review-sen2-reviews-2025.csv\"")
            #expect(plans.text == SEN2ReviewCSV.planHeader
                        + "EHC-1,B. C.,2024-03-14,,yes,2025-02-20,M,2025-03-10,2025-03-13,completed,2025-03-10,maintain,yes\r\n"
                        + "EHC-2,B. C.,2024-02-01,,yes,,,,2025-01-31,not_completed,,,\r\n"
                        + "EHC-3,B. C.,2025-07-01,,yes,,,,,not_expected,,,\r\n")
            let figures = try await Self.get(client, "/v1/export/sen2-reviews/figures?year=2025")
            #expect(figures.status == 200)
            #expect(figures.disposition == "attachment; filename=\"ehc-review-sen2-figures-2025.csv\"")
            #expect(figures.text.hasSuffix("\r\n2025,2026,2026-01-15,3,2,1,1,0,1,0,0,1,0,1,0\r\n"))
            let census = try await Self.get(client, "/v1/export/sen2-reviews/figures?year=2025&census_date=2026-01-22")
            #expect(census.text.hasSuffix("\r\n2025,2026,2026-01-22,3,2,1,1,0,1,0,0,1,0,1,0\r\n"))
        }
    }

    @Test("a missing or bad year, or a census date outside the next January, is 400 naming the field",
          arguments: [("", "year"), ("?year=20x5", "year"), ("?year=2013", "year"),
                      ("?year=2025&census_date=2026-02-05", "census_date"),
                      ("?year=2025&census_date=15/01/2026", "census_date")])
    func sen2Refusals(query: String, field: String) async throws {
        let harness = try AdminAPIHarness()
        try await harness.test(as: AdminAPIHarness.reader) { client in
            for path in ["/v1/export/sen2-reviews", "/v1/export/sen2-reviews/figures"] {
                let answer = try await client.call(.get, path + query)
                #expect(answer.status == 400, "\(path)\(query)")
                #expect(answer.body["field"] as? String == field, "\(path)\(query)")
            }
        }
    }
}
