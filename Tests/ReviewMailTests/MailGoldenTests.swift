import Foundation
import ReviewCore
import ReviewMail
import Testing

/// Tests/ReviewDaemonTests/Golden/mail, next to this file.
let mailGoldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/mail")

/// Every kind of message, byte for byte. Run with `EHC_REVIEW_UPDATE_GOLDEN=1` to rewrite the files after
/// an intended change, then read the diff.
@Suite("Mail: golden messages for every notice kind")
struct MailGoldenTests {
    static let updating = ProcessInfo.processInfo.environment["EHC_REVIEW_UPDATE_GOLDEN"] == "1"

    @Test("there is a fixture for every kind", arguments: NoticeKind.allCases)
    func fixtureKind(kind: NoticeKind) {
        #expect(MailFixtures.fixture(for: kind).kind == kind)
        #expect(MailFixtures.fixture(for: kind).content.kind == kind)
    }

    @Test("the message matches its golden file", arguments: NoticeKind.allCases)
    func golden(kind: NoticeKind) throws {
        let message = MailFixtures.message(MailFixtures.fixture(for: kind))
        let file = mailGoldenDirectory.appendingPathComponent("\(kind.rawValue).eml")
        if Self.updating {
            try FileManager.default.createDirectory(at: mailGoldenDirectory, withIntermediateDirectories: true)
            try Data(message.bytes).write(to: file, options: .atomic)
            return
        }
        guard let golden = FileManager.default.contents(atPath: file.path) else {
            Issue.record("missing \(file.path): run the tests with EHC_REVIEW_UPDATE_GOLDEN=1 to create it")
            return
        }
        guard Array(golden) != message.bytes else { return }
        let expectedLines = String(decoding: golden, as: UTF8.self).components(separatedBy: "\r\n")
        let actualLines = String(decoding: message.bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let difference = first.map { "line \($0.offset + 1):\n- \($0.element.0)\n+ \($0.element.1)" }
            ?? "\(expectedLines.count) lines expected, \(actualLines.count) built (or line endings differ)"
        Issue.record("\(kind.rawValue).eml differs (EHC_REVIEW_UPDATE_GOLDEN=1 rewrites it) at \(difference)")
    }
}
