import Foundation
import ReviewCore
import ReviewMail
import Testing

/// `python3` on the PATH, if installed.
private let python3: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":")
    .map { "\($0)/python3" }
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Tests/ReviewDaemonTests/Support/check_mail.py.
private let checkMailScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Support/check_mail.py")

/// What check_mail.py is told about one message.
private struct MailCheckCase: Encodable {
    struct Calendar: Encodable {
        var method: String
        var uid: String
        var sequence: Int
        var start: String
    }

    var path: String
    var subject: String
    var recipient: String
    var recipientName: String
    var messageID: String
    var firstLine: String?
    var calendar: Calendar?
    var hasCalendar: Bool

    enum CodingKeys: String, CodingKey {
        case path, subject, recipient, calendar
        case recipientName = "recipient_name"
        case messageID = "message_id"
        case firstLine = "first_line"
        case hasCalendar = "has_calendar"
    }
}

/// Every kind of message, read by an independent parser: Python's `email` package with
/// `policy=default`, and `icalendar` for the invitations (DESIGN §3, issue 5 item 2).
@Suite("Mail: an independent parser (Python email + icalendar) reads every message")
struct MailPythonCheckTests {
    @Test("check_mail.py finds no defect in any message",
          .enabled(if: python3 != nil, "python3 is not installed"))
    func python() async throws {
        let python = try #require(python3)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ehc-mail-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        var cases: [MailCheckCase] = []
        for fixture in MailFixtures.all {
            let message = MailFixtures.message(fixture)
            let file = directory.appendingPathComponent("\(fixture.kind.rawValue).eml")
            try Data(message.bytes).write(to: file)
            let calendar = fixture.content.meeting.flatMap { meeting -> MailCheckCase.Calendar? in
                guard [.reviewScheduled, .reviewMoved, .reviewCancelled, .familyInvitation, .familyMeetingChanged,
                       .familyMeetingCancelled].contains(fixture.kind) else { return nil }
                return MailCheckCase.Calendar(
                    method: fixture.kind == .reviewCancelled || fixture.kind == .familyMeetingCancelled ? "CANCEL" : "REQUEST",
                    uid: MailFixtures.builder.calendarUID(reviewID: meeting.reviewId),
                    sequence: meeting.sequence, start: meeting.on.description)
            }
            cases.append(MailCheckCase(
                path: file.path, subject: message.subject, recipient: message.recipient.value,
                recipientName: fixture.content.recipientName, messageID: message.messageID,
                firstLine: ParsedMail(message.bytes).part("text/plain")?.text.components(separatedBy: "\n").first,
                calendar: calendar,
                hasCalendar: calendar != nil))
        }
        let manifest = directory.appendingPathComponent("manifest.json")
        try JSONEncoder().encode(cases).write(to: manifest)

        let (status, output) = try await Self.runCheck(python, [manifest.path])
        #expect(status == 0, "check_mail.py failed:\n\(output)")
        #expect(output.contains("\(cases.count) of \(cases.count) messages passed"), "\(output)")
        if output.contains("SKIP") { print(output) }
    }

    @Test("check_mail.py rejects a broken message (so a pass means something)",
          .enabled(if: python3 != nil, "python3 is not installed"))
    func rejects() async throws {
        let python = try #require(python3)
        let good = MailFixtures.message(MailFixtures.fixture(for: .reviewScheduled))
        var text = String(decoding: good.bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "MIME-Version: 1.0\r\n", with: "MIME-Version: 1.0\nTo: x@y.example\r\n")
        text = text.replacingOccurrences(of: "--=_ehc_1007_alt--", with: "")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-mail-broken-\(UUID().uuidString).eml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, output) = try await Self.runCheck(python, [file.path])
        #expect(status == 1, "\(output)")
        #expect(output.contains("bare CR or LF") && output.contains("header To must appear exactly once")
            && output.contains("CloseBoundaryNotFoundDefect"), "\(output)")
    }

    /// Runs check_mail.py off the cooperative pool; its exit status and its output.
    static func runCheck(_ python: String, _ arguments: [String]) async throws -> (Int32, String) {
        try await runScript(python, checkMailScript, arguments)
    }

    /// Runs a Python script off the cooperative pool; its exit status and its output.
    static func runScript(_ python: String, _ script: URL, _ arguments: [String]) async throws -> (Int32, String) {
        try await offThread { () throws -> (Int32, String) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script.path] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }
}
