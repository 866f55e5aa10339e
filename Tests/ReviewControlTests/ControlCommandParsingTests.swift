import ArgumentParser
import Foundation
import ReviewControl
import Testing
@testable import ehc_reviewctl

/// Every ehc-reviewctl command parses into the request the socket API expects (method, path, query, JSON
/// body, idempotency key) and a bad command line fails with 64 before any request.
@Suite("ehc-reviewctl command parsing")
struct ControlCommandParsingTests {
    /// The operation a command line builds.
    func operation(_ arguments: [String]) throws -> ControlOperation {
        let command = try EhcReviewctl.parseAsRoot(arguments)
        let leaf = try #require(command as? any OperationCommand, "\(type(of: command)) is not a leaf command")
        return try leaf.operation()
    }

    func request(_ arguments: [String]) throws -> AdminRequest {
        try operation(arguments).request
    }

    /// The exit code ArgumentParser gives a command line that does not parse (or nil when it parses).
    func usageExit(_ arguments: [String]) -> Int32? {
        do {
            _ = try EhcReviewctl.parseAsRoot(arguments)
            return nil
        } catch {
            return EhcReviewctl.exitCode(for: error).rawValue
        }
    }

    func body(_ request: AdminRequest) -> String? {
        request.body.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("status")
    func status() throws {
        let request = try request(["status"])
        #expect(request == AdminRequest(method: "GET", path: "/v1/status"))
        #expect(try operation(["status"]).presentation == .status)
    }

    @Test("professionals add sends the fields given, --inactive as active false, and an optional key")
    func professionalsAdd() throws {
        let request = try request(["professionals", "add", "--name", "Ada Lovelace", "--email", "ada@example.org",
                                   "--role", "speech_and_language_therapist"])
        #expect(request.method == "POST")
        #expect(request.path == "/v1/professionals")
        #expect(request.query.isEmpty)
        #expect(request.idempotencyKey == nil)
        #expect(body(request)
                    == #"{"email":"ada@example.org","name":"Ada Lovelace","role":"speech_and_language_therapist"}"#)

        let inactive = try self.request(["professionals", "add", "--name", "B", "--email", "b@example.org",
                                         "--role", "senco", "--service", "social_care", "--inactive",
                                         "--idempotency-key", "k-1"])
        #expect(body(inactive) == #"{"active":false,"email":"b@example.org","name":"B","role":"senco","service":"social_care"}"#)
        #expect(inactive.idempotencyKey == "k-1")
        let quiet = try self.request(["professionals", "add", "--name", "C", "--email", "c@example.org",
                                      "--role", "paediatrician", "--no-daily-digest"])
        #expect(body(quiet) == #"{"daily_digest":false,"email":"c@example.org","name":"C","role":"paediatrician"}"#)
    }

    @Test("professionals list, show and update")
    func professionalsReadAndUpdate() throws {
        #expect(try request(["professionals", "list"]) == AdminRequest(method: "GET", path: "/v1/professionals"))
        let page = try request(["professionals", "list", "--after", "120", "--limit", "50"])
        #expect(page.query == ["after": "120", "limit": "50"])
        #expect(page.target == "/v1/professionals?after=120&limit=50")
        #expect(try request(["professionals", "show", "12"]).path == "/v1/professionals/12")

        let update = try request(["professionals", "update", "12", "--email", "new@example.org", "--inactive"])
        #expect(update.method == "PATCH")
        #expect(update.path == "/v1/professionals/12")
        #expect(body(update) == #"{"active":false,"email":"new@example.org"}"#)
        let active = try request(["professionals", "update", "12", "--active"])
        #expect(body(active) == #"{"active":true}"#)
        #expect(body(try request(["professionals", "update", "12", "--no-daily-digest"])) == #"{"daily_digest":false}"#)
        #expect(body(try request(["professionals", "update", "12", "--daily-digest"])) == #"{"daily_digest":true}"#)
        #expect(throws: (any Error).self) { try request(["professionals", "update", "12"]) }
    }

    @Test("children add and show")
    func children() throws {
        let add = try request(["children", "add", "--given-name", "Zoë", "--family-name", "O'Neil",
                               "--date-of-birth", "2015-03-01", "--year-group", "6"])
        #expect(add.method == "POST")
        #expect(add.path == "/v1/children")
        #expect(body(add) == #"{"date_of_birth":"2015-03-01","family_name":"O'Neil","given_name":"Zoë","year_group":6}"#)
        #expect(try request(["children", "show", "5"]) == AdminRequest(method: "GET", path: "/v1/children/5"))
        let given = try request(["children", "add", "--given-name", "A", "--family-name", "B", "--date-of-birth", "2015-03-01",
                                 "--year-group", "6", "--year-group-for", "2026/27"])
        #expect(body(given) == #"{"date_of_birth":"2015-03-01","family_name":"B","given_name":"A","year_group":6,"year_group_for":"2026/27"}"#)
    }

    @Test("plans add, with and without a next transfer; list; show")
    func plans() throws {
        let plain = try request(["plans", "add", "--child", "5", "--reference", "EHC/2025/001"])
        #expect(plain.path == "/v1/plans")
        #expect(body(plain) == #"{"child_id":5,"reference":"EHC/2025/001"}"#)
        let transfer = try request(["plans", "add", "--child", "5", "--reference", "R", "--next-transfer",
                                    "infant_to_junior", "--transfer-on", "2027-09-01"])
        #expect(body(transfer)
                    == #"{"child_id":5,"next_transfer":{"kind":"infant_to_junior","on":"2027-09-01"},"reference":"R"}"#)
        #expect(try request(["plans", "list", "--limit", "10"]).target == "/v1/plans?limit=10")
        #expect(try request(["plans", "show", "9"]).path == "/v1/plans/9")
        // A reference is looked up by the runner just before the request.
        let byReference = try operation(["plans", "show", "EHC-00099"])
        #expect(byReference.planReference == "EHC-00099")
        #expect(byReference.request.path == "/v1/plans/{plan}")
        #expect(try operation(["plans", "show", "ref:12345"]).planReference == "12345", "a reference of digits")
        #expect(try operation(["distribution", "EHC-1"]).planReference == "EHC-1")
        #expect(try operation(["deadlines", "--plan", "EHC-1"]).planReference == "EHC-1")
        #expect(try operation(["reviews", "list", "--plan", "EHC-1"]).planReference == "EHC-1")
        #expect(try operation(["contributors", "add", "EHC-1", "7"]).planReference == "EHC-1")
        #expect(try operation(["plans", "show", "9"]).planReference == nil)
    }

    @Test("contributors add, remove and list")
    func contributors() throws {
        let add = try request(["contributors", "add", "9", "7"])
        #expect(add == AdminRequest(method: "PUT", path: "/v1/plans/9/contributors/7"))
        #expect(try operation(["contributors", "add", "9", "7"]).presentation
                    == .contributorAdded(plan: "9", professional: 7))
        let remove = try request(["contributors", "remove", "9", "7", "--idempotency-key", "again"])
        #expect(remove == AdminRequest(method: "DELETE", path: "/v1/plans/9/contributors/7", idempotencyKey: "again"))
        #expect(try request(["contributors", "list", "9"]) == AdminRequest(method: "GET", path: "/v1/plans/9/contributors"))
    }

    @Test("events record, reviews schedule, steps record")
    func eventsReviewsSteps() throws {
        let event = try request(["events", "record", "9", "--kind", "final_issued", "--on", "2026-01-05"])
        #expect(event.method == "POST")
        #expect(event.path == "/v1/plans/9/events")
        #expect(body(event) == #"{"kind":"final_issued","on":"2026-01-05"}"#)

        let review = try request(["reviews", "schedule", "9", "--meeting-on", "2026-03-02"])
        #expect(review.path == "/v1/plans/9/reviews")
        #expect(body(review) == #"{"meeting_on":"2026-03-02"}"#)
        let cancel = try request(["reviews", "cancel", "12"])
        #expect(cancel.method == "POST")
        #expect(cancel.path == "/v1/reviews/12/cancel")
        #expect(body(cancel) == nil)
        let backdated = try request(["reviews", "cancel", "12", "--on", "2026-11-20"])
        #expect(backdated.path == "/v1/reviews/12/cancel")
        #expect(body(backdated) == #"{"on":"2026-11-20"}"#)
        // UK dates are read as the import reads them (issue 13); a two-digit year or an impossible day is refused.
        #expect(usageExit(["reviews", "cancel", "12", "--on", "20/11/2026"]) == nil)
        #expect(usageExit(["reviews", "cancel", "12", "--on", "20/11/26"]) == 64)
        #expect(usageExit(["reviews", "cancel", "12", "--on", "31/11/2026"]) == 64)

        let advice = try request(["steps", "record", "4", "--step", "advice_received", "--on", "2026-02-10",
                                  "--professional", "7"])
        #expect(advice.path == "/v1/reviews/4/steps")
        #expect(body(advice) == #"{"on":"2026-02-10","professional_id":7,"step":"advice_received"}"#)
        let decision = try request(["steps", "record", "4", "--step", "decision_issued", "--on", "2026-03-20",
                                    "--decision", "amend"])
        #expect(body(decision) == #"{"decision":"amend","on":"2026-03-20","step":"decision_issued"}"#)
    }

    @Test("deadlines: late across plans by default, or one plan's")
    func deadlines() throws {
        #expect(try request(["deadlines"]).target == "/v1/deadlines?state=late")
        #expect(try request(["deadlines", "--late", "--as-of", "2026-04-01", "--limit", "50", "--offset", "100"])
                    .target == "/v1/deadlines?as_of=2026-04-01&limit=50&offset=100&state=late")
        #expect(try request(["deadlines", "--late", "--caseworker", "Sam Taylor"]).query["caseworker"] == "Sam Taylor")
        #expect(try request(["deadlines", "--plan", "9"]).target == "/v1/plans/9/deadlines")
        #expect(try request(["deadlines", "--plan", "9", "--as-of", "2026-04-01"]).target
                    == "/v1/plans/9/deadlines?as_of=2026-04-01")
        #expect(try operation(["deadlines", "--plan", "9"]).presentation == .planDeadlines)
        #expect(try operation(["deadlines"]).presentation == .lateDeadlines)
    }

    @Test("contacts and letters")
    func family() throws {
        let add = try request(["contacts", "add", "--child", "5", "--name", "Omar Begum", "--relationship", "parent",
                               "--postal-address", "2 Low Road, Leeds", "--need", "large_print", "--need", "interpreter"])
        #expect(add.path == "/v1/children/5/contacts")
        let body = try #require(add.body.flatMap { try JSONSerialization.jsonObject(with: $0) as? [String: Any] })
        #expect(body["postal_address"] as? String == "2 Low Road\nLeeds")
        #expect(body["needs"] as? [String] == ["large_print", "interpreter"])
        #expect(try request(["contacts", "list", "--child", "5"]).path == "/v1/children/5/contacts")
        let update = try request(["contacts", "update", "7", "--email", "", "--no-active"])
        #expect(update.method == "PATCH" && update.path == "/v1/contacts/7")
        #expect(try request(["letters", "list"]).target == "/v1/letters?state=to_print")
        #expect(try request(["letters", "show", "3"]).path == "/v1/letters/3")
        #expect(try request(["letters", "posted", "3"]).path == "/v1/letters/3/posted")
        #expect(throws: (any Error).self) { try request(["contacts", "add", "--child", "5", "--name", "A", "--relationship", "parent"]) }
        #expect(throws: (any Error).self) { try request(["contacts", "add", "--child", "5", "--name", "A", "--relationship", "uncle",
                                                         "--email", "a@b.org"]) }
    }

    @Test("distribution, notices, digest, audit")
    func adminCommands() throws {
        #expect(try request(["distribution", "9"]) == AdminRequest(method: "GET", path: "/v1/plans/9/distribution"))
        #expect(try request(["notices", "list", "--state", "dead", "--after", "30", "--limit", "5"]).target
                    == "/v1/notices?after=30&limit=5&state=dead")
        #expect(try request(["notices", "retry", "31"]) == AdminRequest(method: "POST", path: "/v1/notices/31/retry"))
        let dry = try request(["digest", "run", "--dry-run", "--date", "2026-01-05"])
        #expect(dry.path == "/v1/digest/run")
        #expect(body(dry) == #"{"date":"2026-01-05","dry_run":true}"#)
        #expect(try operation(["digest", "run", "--dry-run"]).presentation == .digest(dryRun: true))
        #expect(body(try request(["digest", "run"])) == #"{"dry_run":false}"#)
        #expect(try request(["audit", "--before", "500", "--limit", "20"]).target == "/v1/audit?before=500&limit=20")
    }

    @Test("--socket and --json are on every leaf command; the socket falls back to the environment")
    func globalOptions() throws {
        let command = try EhcReviewctl.parseAsRoot(["plans", "show", "9", "--socket", "/tmp/a.sock", "--json"])
        let show = try #require(command as? PlansCommand.Show)
        #expect(show.global.json)
        #expect(show.global.socketPath(environment: [:]) == "/tmp/a.sock")
        let plain = try #require(try EhcReviewctl.parseAsRoot(["status"]) as? StatusCommand)
        #expect(plain.global.socketPath(environment: ["EHC_REVIEW_SOCKET": "/srv/x.sock"]) == "/srv/x.sock")
        #expect(plain.global.socketPath(environment: [:]) == "/run/ehc-review/admin.sock")
        #expect(!plain.global.json)
    }

    @Test("bad input fails with 64 before any request", arguments: [
        ["professionals", "add", "--name", "A", "--email", "a@b.org", "--role", "wizard"],
        ["professionals", "add", "--name", "A", "--email", "a@b.org"],
        ["professionals", "update", "12"],
        ["professionals", "update", "12", "--active", "--inactive"],
        ["professionals", "list", "--limit", "0"],
        ["professionals", "show", "twelve"],
        ["plans", "show", "0"],
        ["plans", "show", "ref:"],
        ["distribution", " "],
        ["children", "add", "--given-name", "A", "--family-name", "B", "--date-of-birth", "2015-02-30"],
        ["children", "add", "--given-name", "A", "--family-name", "B", "--date-of-birth", "1/13/2015"],
        ["children", "add", "--given-name", "A", "--family-name", "B", "--date-of-birth", "2015-03-01", "--year-group-for", "2026/27"],
        ["children", "add", "--given-name", "A", "--family-name", "B", "--date-of-birth", "2015-03-01", "--year-group", "6",
         "--year-group-for", "2026/28"],
        ["plans", "add", "--child", "5", "--reference", "R", "--next-transfer", "infant_to_junior"],
        ["plans", "add", "--child", "5", "--reference", "R", "--next-transfer", "year_7", "--transfer-on", "2027-09-01"],
        ["events", "record", "9", "--kind", "issued", "--on", "2026-01-05"],
        ["steps", "record", "4", "--step", "decision_issued", "--on", "2026-03-20"],
        ["steps", "record", "4", "--step", "report_sent", "--on", "2026-03-20", "--decision", "amend"],
        ["deadlines", "--plan", "9", "--late"],
        ["deadlines", "--plan", "9", "--caseworker", "Sam Taylor"],
        ["deadlines", "--as-of", "tomorrow"],
        ["notices", "list", "--state", "lost"],
        ["contributors", "add", "9"],
        ["frobnicate"],
    ])
    func usageErrors(arguments: [String]) {
        #expect(usageExit(arguments) == 64)
    }

    @Test("import KIND FILE [--dry-run] streams the file to POST /v1/import/KIND")
    func importCommand() throws {
        let request = try self.request(["import", "plans", "/data/plans.csv", "--dry-run"])
        #expect(request.method == "POST")
        #expect(request.target == "/v1/import/plans?dry_run=true")
        #expect(request.bodyFile == "/data/plans.csv")
        #expect(request.contentType == "text/csv; charset=utf-8")
        #expect(request.timeout == ControlOperation.importTimeout)
        #expect(try operation(["import", "children", "c.csv"]).presentation == .importReport(file: "c.csv"))
        #expect(throws: (any Error).self) { try self.request(["import", "pupils", "x.csv"]) }
    }
}
