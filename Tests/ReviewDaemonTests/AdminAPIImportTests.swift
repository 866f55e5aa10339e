import Foundation
import Hummingbird
import HummingbirdTesting
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Testing

/// Issue 7 item 1 through the router: `POST /v1/import/{kind}` with a real-world CSV body.
@Suite("Admin API: CSV import, all or nothing, with its own body cap")
struct AdminAPIImportTests {
    /// A BOM, CRLF, a quoted name with a comma, UK and ISO dates, surrounding spaces, an empty trailing column.
    static let children = "\u{FEFF}child_ref,given_name,family_name,date_of_birth,year_group,\r\n"
        + "CMS-1, Amira ,\"Begum, Jr\",10/05/2014,,\r\n"
        + "CMS-2,Ben,Okafor,2016-01-01,,\r\n"

    func post(_ client: any TestClientProtocol, _ path: String, csv: String) async throws
        -> (status: Int, body: [String: Any], text: String)
    {
        try await client.execute(uri: path, method: .post, headers: [.contentType: "text/csv"],
                                 body: ByteBuffer(string: csv)) { response in
            let text = String(buffer: response.body)
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return (Int(response.status.code), object, text)
        }
    }

    @Test("a messy but valid file imports; the same file again changes nothing; a dry run writes nothing")
    func importsAndReimports() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            let dry = try await post(client, "/v1/import/children?dry_run=true", csv: Self.children)
            #expect(dry.status == 200, "\(dry.text)")
            #expect(dry.body["applied"] as? Bool == false)
            #expect(dry.body["created"] as? Int == 2)
            let first = try await post(client, "/v1/import/children", csv: Self.children)
            #expect(first.status == 200, "\(first.text)")
            #expect(first.body["applied"] as? Bool == true)
            #expect(first.body["created"] as? Int == 2)
            let again = try await post(client, "/v1/import/children", csv: Self.children)
            #expect(again.body["unchanged"] as? Int == 2)
            #expect(again.body["created"] as? Int == 0)
        }
        #expect(try await harness.store.auditEntries().filter { $0.action == "import.children" }.count == 2)
    }

    @Test("a file with bad rows: 422, every problem with line and column, nothing written")
    func badRows() async throws {
        let harness = try AdminAPIHarness()
        let csv = "child_ref,given_name,family_name,date_of_birth\nCMS-1,A,B,31/02/2015\nCMS-2,C,D,2015-01-01\n"
            + "CMS-1,E,F,01/01/2015\n"
        try await harness.test { client in
            let answer = try await post(client, "/v1/import/children", csv: csv)
            #expect(answer.status == 422)
            let problems = try #require(answer.body["problems"] as? [[String: Any]])
            #expect(problems.map { $0["line"] as? Int } == [2, 4])
            #expect(problems.first?["column"] as? String == "date_of_birth")
            #expect(answer.body["applied"] as? Bool == false)
        }
        #expect(try await harness.store.auditEntries().isEmpty, "nothing was written")
    }

    @Test("unknown kind: 400 naming kind; a reader may not import; over the cap: 413; the spool file is gone")
    func refusals() async throws {
        let harness = try AdminAPIHarness(importLimit: 64)
        try await harness.test { client in
            let unknown = try await post(client, "/v1/import/pupils", csv: Self.children)
            #expect(unknown.status == 400)
            #expect(unknown.body["field"] as? String == "kind")
            let large = try await post(client, "/v1/import/children", csv: Self.children + String(repeating: "x", count: 100))
            #expect(large.status == 413)
            let flag = try await post(client, "/v1/import/children?dry_run=maybe", csv: "child_ref\n")
            #expect(flag.status == 400)
            #expect(flag.body["field"] as? String == "dry_run")
        }
        try await harness.test(as: AdminAPIHarness.reader) { client in
            let refused = try await post(client, "/v1/import/children", csv: Self.children)
            #expect(refused.status == 403)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: harness.database.folder.path)
            .filter { $0.hasPrefix(".import-") }
        #expect(leftovers.isEmpty)
    }
}

/// Issue 7 item 5: what comes in by import goes out by export, with its true dates.
@Suite("Import then export: the round trip")
struct ImportExportRoundTripTests {
    static let children = "child_ref,given_name,family_name,date_of_birth\r\nCMS-1,Amira,Begum,10/05/2014\r\n"
        + "CMS-2,Ben,Okafor,01/01/2016\r\n"
    /// EHC-1: reviewed on 1 December 2025, amend decided on 22 December (within 4 weeks); EHC-2: first issued
    /// 14 March 2025 and never reviewed, so late since 14 March 2026 (12 months starting with the issue).
    static let plans = "reference,child_ref,first_issued_on,last_review_meeting_on,last_decision_on,last_decision,"
        + "amendment_notice_on,amended_final_on\r\n"
        + "EHC-1,CMS-1,10/01/2025,01/12/2025,22/12/2025,amend,22/12/2025,30/01/2026\r\n"
        + "EHC-2,CMS-2,14/03/2025,,,,,\r\n"

    @Test("late deadlines and the SEN2 review items export exactly what was imported")
    func roundTrip() async throws {
        let harness = try AdminAPIHarness()
        try await harness.test { client in
            for (kind, csv) in [("children", Self.children), ("plans", Self.plans)] {
                let answer = try await AdminAPIImportTests().post(client, "/v1/import/\(kind)", csv: csv)
                #expect(answer.status == 200, "\(kind): \(answer.text)")
            }
            let late = try await AdminAPIExportTests.get(client, "/v1/export/late")
            #expect(late.status == 200)
            let rows = late.text.split(separator: "\r\n").map(String.init)
            #expect(rows.count == 2, "\(late.text)")
            #expect(rows.last?.hasPrefix("EHC-2,B. O.,annual_review,2026-03-13,261,") == true, "\(late.text)")

            let sen2 = try await AdminAPIExportTests.get(client, "/v1/export/sen2-reviews?year=2025")
            #expect(sen2.status == 200)
            let plan1 = try #require(sen2.text.split(separator: "\r\n").first { $0.hasPrefix("EHC-1,") })
            #expect(plan1.contains("2025-12-01") && plan1.contains(",A,") && plan1.contains("2025-12-22"), "\(plan1)")
        }
    }
}
