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
    static func text(_ message: MailMessage) -> String {
        let bytes = String(decoding: message.bytes, as: UTF8.self)
        guard let start = bytes.range(of: "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"),
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
            "2 annual reviews and 5 other steps are late today: deal with the most late first (listed below).\n"))
        let empty = try Self.message("digest-empty")
        #expect(empty.subject == "EHC reviews 30 November 2026: 0 late reviews, 0 late steps, 0 due in 14 days, 0 undelivered notices")
        #expect(Self.text(empty).hasPrefix("Nothing is late today and nothing falls due in the next 14 days.\n"))
        #expect(!String(decoding: empty.bytes, as: UTF8.self).contains("text/csv"), "nothing to attach on an empty day")
    }

    @Test("the typical day: counts first, then late (most late first, grouped by rule), due soon, pathway, advice, dead")
    func typicalOrder() throws {
        let text = Self.text(try Self.message("digest-typical"))
        let headings = ["Late annual reviews:", "LATE (7), MOST LATE FIRST", "The annual review (2 late)",
                        "DUE IN THE NEXT 14 DAYS (3)", "YEAR 9 AND OVER: NO SPECIALIST PATHWAY CONTRIBUTOR (1)",
                        "ADVICE OUTSTANDING (4)", "Education", "Health", "Social care", "NOTICES THAT NEED AN ADMIN (1)"]
        let positions = try headings.map { heading in
            try #require(text.range(of: heading), "missing \(heading)").lowerBound
        }
        #expect(positions == positions.sorted(), "sections out of order")
        #expect(text.contains("EHC-0007  Ö. Ş.  Tue 30 Jun 2026  153        Siobhán Ní Bhriain"))
        #expect(text.contains("The under-five review (guidance)"), "a guidance date is not worded as a breach")
        #expect(text.contains("ehc-reviewctl notices retry ID"))
        #expect(!text.contains("@"), "no mail address of a person in the team digest")
    }

    @Test("5,000 late items stay readable: capped per rule with 'and N more', the full list in the CSV")
    func largeStaysReadable() throws {
        let message = try Self.message("digest-5000-late")
        let text = Self.text(message)
        let lines = text.components(separatedBy: "\n")
        #expect(lines.count < 600, "\(lines.count) lines of text")
        #expect(text.contains("… and 531 more (all in the attached ehc-review-digest-2026-11-30.csv)"))
        #expect(text.contains("… and 250 more (all in the attached ehc-review-digest-2026-11-30.csv)"), "due soon capped at 50")
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
