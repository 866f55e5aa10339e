import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReviewAPI
import ReviewCore
import ReviewDaemon
import ReviewTestSupport
import Testing

/// Issue 17: the late list pages by a cursor (the last row's due date, plan and key), not by OFFSET, so
/// reading every page walks the index once. Every row comes exactly once, in the order of the first
/// release, and the total comes with the first page.
@Suite("Admin API: the late list pages by cursor")
struct AdminAPILatePagingTests {
    static func page(_ client: any TestClientProtocol, _ uri: String) async throws -> (ids: [String], next: String?, total: String?) {
        try await client.execute(uri: uri, method: .get) { response in
            let items = (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [[String: Any]] ?? []
            let link = response.headers[HTTPField.Name("Link")!]
            let next = link.flatMap { $0.split(separator: ">").first.map { String($0.dropFirst()) } }
            return (items.map { "\($0["plan_id"] ?? "")/\($0["key"] ?? "")" }, next,
                    response.headers[HTTPField.Name("X-Total-Count")!])
        }
    }

    @Test("2,500 late deadlines, 300 sharing each due date: every page by cursor, each row once, in order")
    func everyPage() async throws {
        let harness = try AdminAPIHarness()
        let queue = try DatabaseQueue(path: harness.database.path)
        try await queue.write { db in
            for index in 1...2500 {
                try db.execute(sql: """
                    INSERT INTO children (given_name, family_name, date_of_birth, created_at)
                    VALUES ('Child', 'N\(index)', '2017-05-10', '2026-01-01T00:00:00Z')
                    """)
                let child = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO plans (child_id, reference, first_issued_on, created_at) VALUES (?, ?, '2025-01-01', '2026-01-01T00:00:00Z')",
                               arguments: [child, "EHC-\(index)"])
                let plan = db.lastInsertedRowID
                for key in ["annual_review@2025-01-01", "decision@review:\(index)"] {
                    try db.execute(sql: "INSERT INTO deadlines (plan_id, key, rule, due_on, statutory, source) VALUES (?, ?, ?, ?, 1, 's')",
                                   arguments: [plan, key, key.hasPrefix("annual") ? "annual_review" : "decision",
                                               day("2026-01-01").adding(days: index % 8).description])
                }
            }
        }
        try queue.close()
        try await harness.test(as: AdminAPIHarness.reader) { client in
            let whole = try await Self.page(client, "/v1/deadlines?state=late&limit=1000&offset=0")
            #expect(whole.total == "5000")
            var seen: [String] = []
            var uri: String? = "/v1/deadlines?state=late&limit=333"
            var pages = 0
            while let next = uri, pages < 100 {
                let page = try await Self.page(client, next)
                if pages > 0 { #expect(page.total == nil, "the total comes with the first page") }
                seen += page.ids
                uri = page.next
                pages += 1
            }
            #expect(pages == 16)
            #expect(seen.count == 5000 && Set(seen).count == 5000, "each row exactly once")
            // The same order as the offset pages of the first release.
            var byOffset: [String] = []
            for offset in stride(from: 0, to: 5000, by: 1000) {
                byOffset += try await Self.page(client, "/v1/deadlines?state=late&limit=1000&offset=\(offset)").ids
            }
            #expect(seen == byOffset)
            let bad = try await client.call(.get, "/v1/deadlines?state=late&cursor=yesterday")
            #expect(bad.status == 400 && bad.body["field"] as? String == "cursor")
        }
    }

    @Test("a cursor reads back as written; nonsense is no cursor")
    func cursorText() {
        let cursor = LateCursor(dueOn: day("2026-03-13"), planID: PlanID(42), key: "phase_transfer@primary_to_secondary:2026-09-01")
        #expect(LateCursor(cursor.description) == cursor)
        for text in ["", "2026-03-13", "2026-03-13.x.k", "2026-02-30.1.k", "2026-03-13.0.k", "2026-03-13.1."] {
            #expect(LateCursor(text) == nil, "\(text)")
        }
    }
}

/// Issue 13, "the CLI a caseworker uses": the late list says whose plan each row is and for which child, and
/// lists one caseworker's plans on their own.
@Suite("Admin API: the late list names the child and the caseworker, and filters by caseworker")
struct AdminAPILateCaseworkerTests {
    /// Two plans, each late (final issued in March 2025, annual review due March 2026), one per caseworker;
    /// a third with no caseworker.
    static func authority(_ client: any TestClientProtocol) async throws -> [String: Int] {
        var caseworkers: [String: Int] = [:]
        for name in ["Sam Taylor", "Ana Lima"] {
            let made = try await client.call(.post, "/v1/professionals",
                                             json: #"{"name":"\#(name)","email":"\#(name.prefix(3).lowercased())@council.example","role":"sen_caseworker"}"#)
            caseworkers[name] = try #require(made.body["id"] as? Int)
        }
        for (index, (given, family, caseworker)) in [("Amira", "Begum", "Sam Taylor"), ("Ben", "Okafor", "Ana Lima"),
                                                      ("Cy", "Dee", nil)].enumerated() {
            let child = try await client.call(.post, "/v1/children",
                                              json: #"{"given_name":"\#(given)","family_name":"\#(family)","date_of_birth":"2015-01-01"}"#)
            let childID = try #require(child.body["id"] as? Int)
            let plan = try await client.call(.post, "/v1/plans", json: #"{"child_id":\#(childID),"reference":"EHC-\#(index + 1)"}"#)
            let planID = try #require(plan.body["id"] as? Int)
            if let caseworker, let id = caseworkers[caseworker] {
                #expect(try await client.call(.put, "/v1/plans/\(planID)/contributors/\(id)").status < 300)
            }
            #expect(try await client.call(.post, "/v1/plans/\(planID)/events",
                                          json: #"{"kind":"final_issued","on":"2025-03-14"}"#).status == 201)
        }
        return caseworkers
    }

    static func rows(_ client: any TestClientProtocol, _ uri: String) async throws -> (status: Int, rows: [[String: Any]], text: String) {
        try await client.execute(uri: uri, method: .get) { response in
            let text = String(buffer: response.body)
            return (Int(response.status.code),
                    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] ?? [], text)
        }
    }

    @Test("each row carries the child's initials and the plan's caseworker; caseworker=NAME or id keeps theirs")
    func filter() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let caseworkers = try await Self.authority(client)
            let all = try await Self.rows(client, "/v1/deadlines?state=late")
            let annual = all.rows.filter { $0["rule"] as? String == "annual_review" }
            #expect(annual.count == 3)
            #expect(annual.compactMap { $0["child"] as? String }.sorted() == ["A. B.", "B. O.", "C. D."])
            #expect(Set(annual.compactMap { $0["caseworker"] as? String }) == ["Sam Taylor", "Ana Lima"])
            #expect(annual.contains { $0["reference"] as? String == "EHC-3" && $0["caseworker"] == nil })
            let sam = try await Self.rows(client, "/v1/deadlines?state=late&caseworker=sam%20taylor")
            #expect(sam.status == 200)
            #expect(!sam.rows.isEmpty && sam.rows.allSatisfy { $0["reference"] as? String == "EHC-1" }, "\(sam.text)")
            let byID = try await Self.rows(client, "/v1/deadlines?state=late&caseworker=\(caseworkers["Ana Lima"] ?? 0)")
            #expect(!byID.rows.isEmpty && byID.rows.allSatisfy { $0["reference"] as? String == "EHC-2" }, "\(byID.text)")
            let unknown = try await client.call(.get, "/v1/deadlines?state=late&caseworker=Nobody")
            #expect(unknown.status == 400 && unknown.body["field"] as? String == "caseworker", "\(unknown.text)")
        }
    }
}
