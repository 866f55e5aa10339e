import Foundation
import ReviewControl
import Testing

/// How ehc-reviewctl shows each kind of answer as text: tables, key: value lines, next-page hints and
/// one-line confirmations.
@Suite("ehc-reviewctl text output")
struct ControlPresentationTests {
    let plain = OutputStyle(json: false, colour: false)

    func render(_ presentation: Presentation, _ json: String, contentType: String = "application/json",
                colour: Bool = false, next: String? = nil, total: Int? = nil, zone: String? = nil) throws -> String {
        var headers = [(name: "Content-Type", value: contentType)]
        if let zone { headers.append((name: "X-EHC-Time-Zone", value: zone)) }
        if let next { headers.append((name: "Link", value: "<\(next)>; rel=\"next\"")) }
        if let total { headers.append((name: "X-Total-Count", value: String(total))) }
        let response = AdminResponse(status: 200, headers: headers, body: Data(json.utf8))
        return try presentation.render(response, style: OutputStyle(json: false, colour: colour))
    }

    static let ada = #"{"active":true,"daily_digest":true,"email":"ada@example.org","id":12,"name":"Ada Lovelace","#
        + #""role":"speech_and_language_therapist","service":"health"}"#
    static let bo = #"{"active":false,"daily_digest":false,"email":"bo@example.org","id":120,"name":"Bo","role":"senco","service":"education"}"#

    @Test("a page of professionals, with the hint for the next page")
    func professionalList() throws {
        let text = try render(.professionalList, #"[\#(Self.ada),\#(Self.bo)]"#,
                              next: "/v1/professionals?after=120&limit=2")
        #expect(text == """
             ID  NAME          EMAIL            ROLE                           SERVICE    ACTIVE
             12  Ada Lovelace  ada@example.org  speech_and_language_therapist  health     yes
            120  Bo            bo@example.org   senco                          education  no
            more: --after 120

            """)
        #expect(try render(.professionalList, #"[\#(Self.ada)]"#).contains("more:") == false)
    }

    @Test("show prints key: value lines; writes print one line")
    func professionalShowAndWrites() throws {
        #expect(try render(.professional, Self.ada) == """
            id:           12
            name:         Ada Lovelace
            email:        ada@example.org
            role:         speech_and_language_therapist
            service:      health
            active:       yes
            daily digest: yes

            """)
        #expect(try render(.professionalAdded, Self.ada)
                    == "added professional 12 (speech_and_language_therapist, health)\n")
        #expect(try render(.professionalUpdated, Self.bo) == "updated professional 120 (senco, education, inactive, no daily digest)\n")
    }

    @Test("a child, shown and added")
    func child() throws {
        let json = #"{"date_of_birth":"2012-05-01","family_name":"O'Neil","given_name":"Zoë","id":5,"#
            + #""year_group":9,"year_group_overridden":true}"#
        #expect(try render(.child, json) == """
            id:            5
            given name:    Zoë
            family name:   O'Neil
            date of birth: 2012-05-01
            year group:    Year 9 (set by hand)

            """)
        #expect(try render(.childAdded, json)
                    == "added child 5 (Zoë O'Neil, born 2012-05-01, Year 9 (set by hand))\n")
        let given = #"{"date_of_birth":"2012-05-01","family_name":"O'Neil","given_name":"Zoë","id":5,"year_group":9,"#
            + #""year_group_overridden":true,"year_group_given":8,"year_group_for":"2025/26"}"#
        #expect(try render(.childAdded, given)
                    == "added child 5 (Zoë O'Neil, born 2012-05-01, Year 9 (set by hand: Year 8 in 2025/26))\n")
    }

    @Test("plans: list with blanks as dashes, show, added")
    func plans() throws {
        let first = #"{"child_id":5,"first_issued_on":"2025-03-14","id":9,"reference":"EHC/001"}"#
        let second = #"{"child_id":6,"id":10,"reference":"EHC/002","#
            + #""next_transfer":{"kind":"post16_move","on":"2027-09-01"}}"#
        #expect(try render(.planList, "[\(first),\(second)]") == """
            ID  CHILD  REFERENCE  FIRST ISSUED  CEASED  NEXT TRANSFER
             9      5  EHC/001    2025-03-14    -       -
            10      6  EHC/002    -             -       post16_move on 2027-09-01

            """)
        #expect(try render(.planAdded, first) == "added plan 9 (EHC/001) for child 5\n")
        #expect(try render(.plan, second).contains("next transfer: post16_move on 2027-09-01\n"))
    }

    @Test("late deadlines: the child's initials and the caseworker; red days only with colour; total and next offset")
    func lateDeadlines() throws {
        let json = #"[{"caseworker":"Siobhán Ní Bhriain","child":"A. B.","days_late":31,"due_on":"2026-01-05","#
            + #""key":"annual_review:2025","plan_id":9,"reference":"EHC/001","rule":"annual_review","#
            + #""source":"CFA s44(1)","state":"late","statutory":true},"#
            + #"{"child":"C. D.","days_late":3,"due_on":"2026-02-02","key":"report@review:4","plan_id":10,"#
            + #""reference":"EHC/002","rule":"report","source":"Reg 20","state":"late","statutory":true}]"#
        let next = "/v1/deadlines?as_of=2026-02-05&limit=2&offset=2&state=late"
        #expect(try render(.lateDeadlines, json, next: next, total: 40) == """
            REFERENCE  CHILD  RULE           DUE         DAYS LATE  CASEWORKER
            EHC/001    A. B.  annual_review  2026-01-05         31  Siobhán Ní Bhriain
            EHC/002    C. D.  report         2026-02-02          3  -
            showing 2 of 40
            more: --offset 2

            """)
        let coloured = try render(.lateDeadlines, json, colour: true, next: next, total: 40)
        #expect(coloured.contains("\u{1B}[31m31\u{1B}[0m"))
        #expect(try render(.lateDeadlines, "[]", total: 0) == "no late deadlines\n")
    }

    @Test("one plan's deadlines, as a bare array")
    func planDeadlines() throws {
        let json = #"[{"days_late":0,"done_on":"2026-02-01","due_on":"2026-02-16","key":"invitations:4","#
            + #""review_id":4,"rule":"invitations","source":"Regs 20(2)","state":"done","statutory":true}]"#
        #expect(try render(.planDeadlines, json) == """
            RULE         DUE         DONE        STATE  DAYS LATE  STATUTORY  REVIEW  SOURCE
            invitations  2026-02-16  2026-02-01  done           0  yes             4  Regs 20(2)

            """)
    }

    @Test("notices and the audit log page on")
    func noticesAndAudit() throws {
        let notice = #"{"attempts":5,"created_at":"2026-01-05T07:00:00Z","id":31,"kind":"final_issued","#
            + #""last_error":"550 no such user\nmore","plan_id":9,"recipient":"ada@example.org","state":"dead"}"#
        #expect(try render(.noticeList, #"[\#(notice)]"#, next: "/v1/notices?after=31&limit=1") == """
            ID  STATE  KIND          PLAN  RECIPIENT        ATTEMPTS  NEXT ATTEMPT  LAST ERROR
            31  dead   final_issued     9  ada@example.org         5  -             550 no such user
            more: --after 31

            """)
        let entry = #"{"action":"create","at":"2026-01-05T10:00:00Z","count":1,"entity":"professional","entity_id":12,"#
            + #""id":500,"summary":"added Ada","uid":1000,"user_name":"alice","via":"socket"}"#
        let refused = #"{"action":"denied","at":"2026-01-05T10:01:00Z","count":40,"entity":"request","#
            + #""id":499,"summary":"write refused: POST /v1/children","uid":1002,"user_name":"bob","via":"POST /v1/children"}"#
        #expect(try render(.audit, #"[\#(entry),\#(refused)]"#, next: "/v1/audit?before=499&limit=2") == """
             ID  AT                    USER    UID  VIA                ACTION  ENTITY           SUMMARY
            500  2026-01-05T10:00:00Z  alice  1000  socket             create  professional 12  added Ada
            499  2026-01-05T10:01:00Z  bob    1002  POST /v1/children  denied  request          write refused: POST /v1/children (×40)
            more: --before 499

            """)
    }

    @Test("status as key: value lines")
    func status() throws {
        let json = #"{"last_digest":"2026-01-05T07:00:00Z","late_deadlines":3,"next_digest":null,"#
            + #""next_timer":"2026-01-06T00:00:00Z","outbox":{"dead":1,"queued":2},"plans":200,"#
            + #""today":"2026-01-05","version":"0.3.0"}"#
        #expect(try render(.status, json) == """
            version:        0.3.0
            today:          2026-01-05
            plans:          200
            late deadlines: 3
            next timer:     2026-01-06T00:00:00Z
            outbox:         dead 1, queued 2
            last digest:    2026-01-05T07:00:00Z
            next digest:    -

            """)
    }

    @Test("distribution: each version, newest first, says who was sent it and when (local time), and why not")
    func distribution() throws {
        func entry(_ id: Int, _ name: String, _ role: String, version: Int, _ event: String, _ on: String,
                   state: String, extra: String = "", active: Bool = true) -> String {
            #"{"active":\#(active),"event":"\#(event)","issued_on":"\#(on)","name":"\#(name)","notice_state":"\#(state)","#
                + #""plan_version":\#(version),"professional_id":\#(id),"role":"\#(role)","service":"health"\#(extra)}"#
        }
        let json = "[" + [
            entry(7, "Zoë Ó Súilleabháin", "speech_and_language_therapist", version: 1, "final_issued", "2025-03-14",
                  state: "sent", extra: #","notice_id":3,"sent_at":"2025-06-02T08:14:03Z","document_delivery":"attached","#
                    + #""document_sha256":"3f2a9c1e\#(String(repeating: "0", count: 56))""#),
            entry(9, "Priya Shah", "senco", version: 1, "final_issued", "2025-03-14", state: "none",
                  extra: #","not_sent":"joined_after_this_version""#),
            entry(7, "Zoë Ó Súilleabháin", "speech_and_language_therapist", version: 2, "amended_final_issued",
                  "2026-03-01", state: "dead",
                  extra: #","notice_id":8,"last_error":"550 5.1.1 <zoe@nhs.example>: mailbox unknown, the recipient's server said""#),
            entry(9, "Priya Shah with a name much longer than fits", "senco", version: 2, "amended_final_issued", "2026-03-01",
                  state: "none", extra: #","not_sent":"inactive""#, active: false),
        ].joined(separator: ",") + "]"
        let text = try render(.distribution, json, zone: "Europe/London")
        #expect(text == """
            version 2 (current): amended_final_issued on 2026-03-01 — sent to 0 of 1 active contributors
            PROFESSIONAL                ROLE                           NOTICE
            Zoë Ó Súilleabháin          speech_and_language_therapist  dead: 550 5.1.1 <zoe@nhs.example>: mail…
            Priya Shah with a name mu…  senco                          not sent: inactive

            version 1: final_issued on 2025-03-14, document 3f2a9c1e
            PROFESSIONAL        ROLE                           NOTICE
            Zoë Ó Súilleabháin  speech_and_language_therapist  sent 2025-06-02 09:14 BST (attached)
            Priya Shah          senco                          not sent: joined after this version

            """)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 }, "fits 100 columns")
        #expect(!text.contains(" none"), "a missing notice says why")
        #expect(try render(.distribution, "[]") == "no notices for this plan\n")
    }

    @Test("times are shown in the daemon's time zone when it names one, as they came otherwise")
    func localTimes() throws {
        let status = #"{"last_digest":"2026-01-05T07:00:00Z","next_digest":"2026-07-01T06:00:00.000Z","#
            + #""next_timer":null,"outbox":{},"plans":1,"late_deadlines":0,"today":"2026-01-05","version":"1"}"#
        let local = try render(.status, status, zone: "Europe/London")
        #expect(local.contains("last digest:    2026-01-05 07:00:00 GMT"), "\(local)")
        #expect(local.contains("next digest:    2026-07-01 07:00:00 BST"), "\(local)")
        #expect(try render(.status, status).contains("last digest:    2026-01-05T07:00:00Z"))
    }

    @Test("digest: a dry run prints the digest and who it would go to; a real run says what was queued")
    func digest() throws {
        let dry = #"{"date":"2026-11-30","dry_run":true,"subject":"EHC reviews 30 November 2026: 1 late review","#
            + #""late_reviews":1,"late_steps":0,"due_soon":0,"undelivered_notices":0,"dead_notices":0,"#
            + #""recipients":["sen-team@example.org"],"text":"1 annual review is late today.\n","#
            + #""personal_digests":2,"queued_notices":[]}"#
        #expect(try render(.digest(dryRun: true), dry) == """
            Subject: EHC reviews 30 November 2026: 1 late review
            To: sen-team@example.org

            1 annual review is late today.

            (dry run: nothing was sent; the scheduled digest would also send 2 personal lists)

            """)
        let real = #"{"date":"2026-11-30","dry_run":false,"subject":"EHC reviews 30 November 2026: 0 late reviews","#
            + #""late_reviews":0,"late_steps":0,"due_soon":0,"undelivered_notices":0,"dead_notices":0,"#
            + #""recipients":["a@example.org","b@example.org"],"run_id":7,"queued_notices":[11,12]}"#
        #expect(try render(.digest(dryRun: false), real) == """
            digest for 2026-11-30 queued to 2 recipients (a@example.org, b@example.org); run 7
            EHC reviews 30 November 2026: 0 late reviews

            """)
        #expect(throws: ControlError.self) { try render(.digest(dryRun: false), "") }
    }

    @Test("confirmations of contributors, events, reviews, steps and retries")
    func confirmations() throws {
        #expect(try render(.contributorAdded(plan: "9", professional: 7), "") == "added professional 7 to plan 9\n")
        #expect(try render(.eventRecorded, #"{"id":3,"kind":"final_issued","on":"2026-01-05","plan_id":9,"version":2}"#)
                    == "recorded final_issued on 2026-01-05 for plan 9 (version 2)\n")
        let review = #"{"id":4,"invitees":[{"professional_id":7,"role":"senco"}],"meeting_on":"2026-03-02","#
            + #""plan_id":9,"sequence":0,"steps":[]}"#
        #expect(try render(.reviewScheduled, review) == "scheduled review 4 of plan 9 for 2026-03-02 (1 invitee)\n")
        #expect(try render(.noticeRetried(notice: 31), "{}") == "notice 31 queued for another attempt\n")
        let moved = #"{"id":4,"invitees":[],"meeting_on":"2026-03-09","plan_id":9,"sequence":1,"steps":[]}"#
        #expect(try render(.reviewMoved, moved)
                    == "moved review 4 of plan 9 to 2026-03-09; every contributor gets the update (sequence 1)\n")
    }

    @Test("a plan's reviews: booked, held, decided and cancelled at a glance")
    func reviewList() throws {
        let reviews = #"[{"id":4,"invitees":[{"professional_id":7,"role":"senco"}],"meeting_on":"2026-03-02","plan_id":9,"#
            + #""sequence":0,"steps":[{"on":"2026-03-02","step":"meeting_held"},{"decision":"amend","on":"2026-03-20","#
            + #""step":"decision_issued"}]},{"cancelled_on":"2027-01-05","id":5,"invitees":[],"meeting_on":"2027-02-01","#
            + #""plan_id":9,"sequence":1,"steps":[]}]"#
        let lines = try render(.reviewList, reviews).split(separator: "\n").map { String($0.reversed().drop { $0 == " " }.reversed()) }
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines[1].contains("2026-03-02") && lines[1].contains("decided 2026-03-20 (amend)")
                && lines[1].hasSuffix("meeting_held, decision_issued"), "\(lines)")
        #expect(lines[2].contains("cancelled 2027-01-05"), "\(lines)")
    }

    @Test("an answer that does not match its type is a bad response")
    func mismatch() {
        #expect(throws: ControlError.self) { try render(.professional, #"{"id":12}"#) }
        do {
            _ = try render(.professional, #"{"id":12}"#)
        } catch {
            #expect("\(error)".hasPrefix("bad response from ehc-reviewd: expected ProfessionalView: "))
        }
    }
}
