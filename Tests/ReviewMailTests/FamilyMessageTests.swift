import Foundation
import ReviewCore
import ReviewMail
import Testing

/// `python3` on the PATH, if installed.
private let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

private let readabilityScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Support/check_readability.py")

/// Issue 15 items 2 and 6: the family's messages say what the law says they must be told, in plain words —
/// checked with a real readability library (textstat: Flesch-Kincaid grade 7 or below, short sentences) —
/// with dates written out ("Monday 20 January 2027") and no professional but the caseworker to contact.
@Suite("Mail: the family's messages, in plain words")
struct FamilyMessageTests {
    static let kinds = NoticeKind.allCases.filter(\.isFamily)

    static func text(_ kind: NoticeKind) -> String {
        ParsedMail(MailFixtures.message(MailFixtures.fixture(for: kind)).bytes).part("text/plain")?.text ?? ""
    }

    @Test("textstat: grade 7 or below, 15 words a sentence or fewer, for every family message",
          .enabled(if: python != nil, "python3 is not installed"))
    func readability() async throws {
        let python = try #require(python)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ehc-family-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for kind in Self.kinds {
            let file = folder.appendingPathComponent("\(kind.rawValue).eml")
            try Data(MailFixtures.message(MailFixtures.fixture(for: kind)).bytes).write(to: file)
            files.append(file.path)
        }
        let (status, output) = try await MailPythonCheckTests.runScript(python, readabilityScript, files)
        if output.contains("No module named 'textstat'") && ProcessInfo.processInfo.environment["CI"] == nil { return }
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(Self.kinds.count) of \(Self.kinds.count) messages passed"), "\(output)")
    }

    @Test("dates are written out with the day of the week; no ISO dates; the child named, not the initials")
    func dates() {
        for kind in Self.kinds {
            let words = Self.text(kind).components(separatedBy: "\nPlan: ").first ?? ""
            #expect(!words.contains("2026-") && !words.contains("2027-"), "\(kind.rawValue): an ISO date")
            #expect(words.contains("Amira"), "\(kind.rawValue): the child by name")
        }
        #expect(Self.text(.familyInvitation).contains("Wednesday 20 January 2027 at 10:00"))
        #expect(Self.text(.familyViewsRequested).contains("by Wednesday 6 January 2027"))
    }

    @Test("the decision gives the right of appeal, its time limits, mediation and the local advice service")
    func appealRights() {
        let decision = Self.text(.familyDecision)
        #expect(decision.contains("appeal to the SEND Tribunal"))
        #expect(decision.contains("within two months, by Wednesday 13 May 2026, or one month after you get a mediation certificate"))
        #expect(decision.contains("mediation adviser"))
        #expect(decision.contains("SENDIASS, 0113 000 0000"))
        let amendments = Self.text(.familyAmendmentProposed)
        #expect(amendments.contains("at least 15 days") && amendments.contains("Friday 27 March 2026"))
        #expect(amendments.contains("ask for a school or college"))
        let late = Self.text(.familyUpdate)
        #expect(late.contains("Our decision after Amira's review is late. It was due on Wednesday 17 February 2027."))
        #expect(late.contains("contact Sam Taylor"))
    }

    @Test("without family.iass_contact the decision still names the local advice service, in general")
    func appealRightsWithoutIASSContact() {
        var fixture = MailFixtures.fixture(for: .familyDecision)
        fixture.content.family?.iassContact = nil
        let text = ParsedMail(MailFixtures.message(fixture).bytes).part("text/plain")?.text ?? ""
        #expect(text.contains("Your local SEND information, advice and support service (SENDIASS) gives free help"))
        #expect(!text.contains("Free help and advice:"))
    }
}
