import Foundation
import ReviewCore
import ReviewMail
import Testing

/// Tests/ReviewDaemonTests/Golden/digest, next to this file.
private let digestGoldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/digest")

/// `python3` on the PATH, if installed.
private let python3: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

private let checkMailScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Support/check_mail.py")

/// Issue 6 items 2 and 5: the team's digest and the personal list as email — golden files for an empty
/// day, a typical day and a 5,000-late-item day, read back by Python's `email` and `csv`.
@Suite("Digest mail: golden digests, readable when long, parsed by an independent parser")
struct DigestMailTests {
    static let updating = ProcessInfo.processInfo.environment["EHC_REVIEW_UPDATE_GOLDEN"] == "1"

    /// The text part, decoded.
    static func text(_ message: MailMessage) -> String { part("text/plain", message) }

    /// The HTML part, decoded.
    static func html(_ message: MailMessage) -> String { part("text/html", message) }

    private static func part(_ type: String, _ message: MailMessage) -> String {
        let bytes = String(decoding: message.bytes, as: UTF8.self)
        guard let start = bytes.range(of: "Content-Type: \(type); charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"),
              let end = bytes.range(of: "\r\n--=_ehc_", range: start.upperBound..<bytes.endIndex)
        else { return "" }
        return ParsedMail.decodeQuotedPrintable(bytes[start.upperBound..<end.lowerBound].components(separatedBy: "\r\n"))
    }

    static func message(_ name: String) throws -> MailMessage {
        try #require(DigestFixtures.messages.first { $0.name == name }).message
    }

    @Test("each digest matches its golden file", arguments: DigestFixtures.messages.map(\.name))
    func golden(name: String) throws {
        let message = try Self.message(name)
        let file = digestGoldenDirectory.appendingPathComponent("\(name).eml")
        if Self.updating {
            try FileManager.default.createDirectory(at: digestGoldenDirectory, withIntermediateDirectories: true)
            try Data(message.bytes).write(to: file, options: .atomic)
            return
        }
        let golden = try #require(FileManager.default.contents(atPath: file.path),
                                  "missing \(file.path): run the tests with EHC_REVIEW_UPDATE_GOLDEN=1 to create it")
        guard Array(golden) != message.bytes else { return }
        let expected = String(decoding: golden, as: UTF8.self).components(separatedBy: "\r\n")
        let actual = String(decoding: message.bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let first = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }
        let difference: String = first.map { "line \($0.offset + 1):\n- \($0.element.0)\n+ \($0.element.1)" }
            ?? "\(expected.count) lines expected, \(actual.count) built"
        Issue.record("\(name).eml differs (EHC_REVIEW_UPDATE_GOLDEN=1 rewrites it) at \(difference)")
    }

    @Test("the subject carries the counts; the first line says what to do")
    func subjectAndLead() throws {
        let typical = try Self.message("digest-typical")
        #expect(typical.subject
            == "EHC reviews 30 November 2026: 2 late reviews, 5 late steps, 3 due in 14 days, 3 undelivered notices")
        #expect(Self.text(typical).hasPrefix(
            "2 annual reviews and 5 other steps are late today: each caseworker's list is below.\n"))
        let empty = try Self.message("digest-empty")
        #expect(empty.subject == "EHC reviews 30 November 2026: 0 late reviews, 0 late steps, 0 due in 14 days, 0 undelivered notices")
        #expect(Self.text(empty).hasPrefix("Nothing is late today and nothing falls due in the next 14 days.\n"))
        #expect(!String(decoding: empty.bytes, as: UTF8.self).contains("text/csv"), "nothing to attach on an empty day")
    }

    @Test("the typical day: counts, action today by caseworker, changes, due soon, chart, pathway, advice, dead")
    func typicalOrder() throws {
        let text = Self.text(try Self.message("digest-typical"))
        let headings = ["Late annual reviews:", "NEEDS ACTION TODAY (7)", "Sam Taylor: 4 late", "Siobhán Ní Bhriain: 2 late",
                        "No caseworker on the plan (assign one): 1 late", "WHAT CHANGED SINCE YESTERDAY", "Newly late (1)",
                        "Done (2)", "Lapsed: missed, no longer doable (1)", "DUE IN THE NEXT 14 DAYS, AFTER TODAY (3)",
                        "ANNUAL REVIEWS CONCLUDED ON TIME, LAST 12 MONTHS",
                        "YEAR 9 AND OVER: NO SPECIALIST PATHWAY CONTRIBUTOR (1)",
                        "CONTRIBUTORS WITHOUT THE CURRENT PLAN (1)",
                        "ADVICE OUTSTANDING (4)", "Education", "Health", "Social care", "NOTICES THAT NEED AN ADMIN (1)"]
        let positions = try headings.map { heading in
            try #require(text.range(of: heading), "missing \(heading)").lowerBound
        }
        #expect(positions == positions.sorted(), "sections out of order")
        #expect(text.contains("EHC-0007  Ö. Ş.  The annual review  Tue 30 Jun 2026  153 days"))
        // The day's work first: the amended plan one day late before the annual review 153 days late.
        let amended = try #require(text.range(of: "EHC-0050  R. T.  The amended plan"))
        let annual = try #require(text.range(of: "EHC-0007  Ö. Ş.  The annual review"))
        #expect(amended.lowerBound < annual.lowerBound)
        #expect(text.contains("EHC-0020  G. H.  The review report    Sun 29 Nov 2026  2 days late"))
        #expect(text.contains("EHC-0021  I. J.  The review decision  Mon 30 Nov 2026  on time"))
        #expect(text.contains("The under-five review (guidance)"), "a guidance date is not worded as a breach")
        #expect(text.contains("ehc-reviewctl notices retry ID"))
        #expect(!text.contains("must be invited"), "the specialist pathway is guidance, never worded as a duty")
        #expect(!text.contains("@"), "no mail address of a person in the team digest")
    }

    @Test("what is due today leads its caseworker's list, before what is late; their counts say both")
    func dueTodayFirst() throws {
        var report = DigestFixtures.typical
        report.dueSoon.insert(DigestReport.Item(planReference: "EHC-0070", childLabel: "P. Q.", rule: .report,
                                                dueOn: DigestFixtures.date, daysLate: 0, caseworker: "Sam Taylor"), at: 0)
        report.counts.dueSoon += 1
        let text = Self.text(MailFixtures.builder.buildDigest(
            notice: DigestFixtures.notice(2006, .digest, to: "sen-team@example.org"), report: report, date: DigestFixtures.sentAt))
        #expect(text.hasPrefix("2 annual reviews and 5 other steps are late today, and 1 falls due today: "))
        let group = try #require(text.range(of: "Sam Taylor: 4 late, 1 due today\n"))
        let rest = text[group.upperBound...].components(separatedBy: "\n")
        #expect(rest.count > 3)
        #expect(rest[2].hasPrefix("EHC-0070") && rest[2].hasSuffix("due today"), "\(rest.prefix(4))")
        #expect(rest[3].hasPrefix("EHC-0031"), "then the most late: \(rest.prefix(4))")
        #expect(!text.contains("DUE IN THE NEXT 14 DAYS, AFTER TODAY (4)"), "today's item is not listed twice")
    }

    @Test("after downtime, the changes are counted from the previous digest's date")
    func changesAfterDowntime() {
        var report = DigestFixtures.typical
        report.changes?.since = DigestFixtures.date.adding(days: -4)
        let text = Self.text(MailFixtures.builder.buildDigest(
            notice: DigestFixtures.notice(2007, .digest, to: "sen-team@example.org"), report: report, date: DigestFixtures.sentAt))
        #expect(text.contains("WHAT CHANGED SINCE 26 NOVEMBER 2026"))
        report.changes = DigestReport.Changes(since: DigestFixtures.date.adding(days: -1))
        let quiet = Self.text(MailFixtures.builder.buildDigest(
            notice: DigestFixtures.notice(2008, .digest, to: "sen-team@example.org"), report: report, date: DigestFixtures.sentAt))
        #expect(!quiet.contains("WHAT CHANGED"), "no empty section")
    }

    @Test("with links.plan_url every plan reference in the HTML is a link to it; without, none is")
    func planLinks() throws {
        let html = Self.html(try Self.message("digest-typical"))
        for reference in ["EHC-0007", "EHC-0031", "EHC-0050", "EHC-0051", "EHC-0044", "EHC-0033"] {
            #expect(html.contains("<a href=\"https://case.example.gov.uk/ehc/\(reference)\""), "\(reference) not linked")
        }
        #expect(!html.contains("ehc/Priya"), "a professional's name is not a plan")
        let plain = Self.html(MailFixtures.builder.buildDigest(
            notice: DigestFixtures.notice(2009, .digest, to: "sen-team@example.org"), report: DigestFixtures.typical,
            date: DigestFixtures.sentAt))
        #expect(plain.contains("EHC-0007"))
        #expect(!plain.contains("<a href"))
    }

    @Test("the twelve-month chart: bars of table cells Outlook draws, with the figures in words beside each")
    func onTimeChart() throws {
        let message = try Self.message("digest-typical")
        let text = Self.text(message)
        #expect(text.contains("Key: # concluded on time, + concluded late, . not concluded yet"))
        #expect(text.contains("Aug 2026  ###########                               100% on time (12 of 12)"))
        #expect(text.contains("Sep 2026                                            none due"))
        let html = Self.html(message)
        #expect(html.contains("bgcolor=\"#2e7d32\""), "bars are table cells with bgcolor, not SVG or CSS widths")
        #expect(!html.contains("<svg") && !html.contains("<img"))
        #expect(html.contains("76% on time (25 of 33)"))
    }

    @Test("5,000 late items stay readable: capped per caseworker with 'and N more', the full list in the CSV")
    func largeStaysReadable() throws {
        let message = try Self.message("digest-5000-late")
        let text = Self.text(message)
        let lines = text.components(separatedBy: "\n")
        #expect(lines.count < 600, "\(lines.count) lines of text")
        #expect(text.contains("Sam Taylor: 758 late, 8 due today\n"))
        #expect(text.contains("… and 751 more (all in the attached ehc-review-digest-2026-11-30.csv; "
            + "ehc-reviewctl deadlines --late --caseworker \"Sam Taylor\")"))
        #expect(text.contains("No caseworker on the plan (assign one): 455 late\n"), "the unassigned come last")
        #expect(text.contains("… and 228 more (all in the attached ehc-review-digest-2026-11-30.csv)"), "due soon capped at 50")
        #expect(text.contains("… and 130 more (ehc-reviewctl notices list --state dead)"))
        let raw = String(decoding: message.bytes, as: UTF8.self)
        #expect(raw.contains("Content-Type: multipart/mixed;"))
        #expect(raw.contains("Content-Disposition: attachment; filename=\"ehc-review-digest-2026-11-30.csv\""))
    }

    @Test("the personal list names only the recipient's own items and says what to send by when")
    func personal() throws {
        let message = try Self.message("personal-digest")
        #expect(message.subject == "Your EHC reviews 30 November 2026: advice due from you for 2 reviews, "
            + "1 review meeting in the next 14 days")
        #expect(Self.text(message).hasPrefix(
            "Please send your advice for 2 reviews: 1 is already late; the first was due on 16 November 2026.\n"))
        #expect(!String(decoding: message.bytes, as: UTF8.self).contains("text/csv"))
    }

    @Test("check_mail.py finds no defect in any digest, and reads every CSV row",
          .enabled(if: python3 != nil, "python3 is not installed"))
    func python() async throws {
        let python = try #require(python3)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-digest-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = ["digest-empty": 0, "digest-typical": 10, "digest-5000-late": 5_300]
        var cases: [[String: String]] = []
        var csvRows: [String: Int] = [:]
        for (name, message) in DigestFixtures.messages {
            let file = directory.appendingPathComponent("\(name).eml")
            try Data(message.bytes).write(to: file)
            cases.append(["path": file.path, "subject": message.subject, "recipient": message.recipient.value,
                          "message_id": message.messageID])
            if let count = rows[name], count > 0 { csvRows[file.path] = count }
        }
        let manifest = try cases.map { entry -> String in
            var object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(entry)) as? [String: Any] ?? [:]
            if let count = csvRows[entry["path"] ?? ""] { object["csv_rows"] = count }
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let path = directory.appendingPathComponent("manifest.json")
        try Data(("[" + manifest.joined(separator: ",") + "]").utf8).write(to: path)
        let (status, output) = try await offThread { () throws -> (Int32, String) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [checkMailScript.path, path.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        #expect(status == 0, "check_mail.py failed:\n\(output)")
        #expect(output.contains("4 of 4 messages passed"), "\(output)")
    }

    @Test("imports since the last digest get their own short section")
    func importsSection() {
        var report = DigestFixtures.typical
        report.imports = [DigestReport.ImportSummary(kind: .plans, at: DigestFixtures.sentAt, rows: 14_000, created: 13_990,
                                                     updated: 10, lateAfter: 2_300)]
        let message = MailFixtures.builder.buildDigest(notice: DigestFixtures.notice(2005, .digest, to: "sen-team@example.org"),
                                                       report: report, date: DigestFixtures.sentAt)
        let text = Self.text(message)
        #expect(text.contains("IMPORTED SINCE THE LAST DIGEST (1)"))
        #expect(text.contains("plans  14000  13990  10       2300"))
    }
}
