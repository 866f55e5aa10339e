import Foundation
import ReviewCore
import ReviewDaemon
import ReviewMail
import ReviewStore
import ReviewTestSupport
import Testing

@Suite("From a recorded event to .eml files, through the real store and the directory transport")
struct OutboxEndToEndTests {
    @Test("a final issued to two contributors becomes two files whose Message-IDs are the builder's; both sent")
    func finalToFiles() async throws {
        let fixture = try await OutboxFixture()
        try await fixture.issueFinal()
        let folder = fixture.database.folder.appendingPathComponent("mail")
        let dispatcher = fixture.dispatcher(DirectoryTransport(folder: folder.path))
        try await dispatcher.wake(now: fixture.clock.now())

        let notices = try await fixture.store.notices()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }
        #expect(files.count == 2)
        var messageIDs: Set<String> = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let header = text.components(separatedBy: "\r\n").first { $0.hasPrefix("Message-ID: ") }
            messageIDs.insert(String(try #require(header).dropFirst("Message-ID: ".count)))
        }
        #expect(messageIDs == Set(notices.map { fixture.builder.messageID(for: $0) }))
        let distribution = try await fixture.store.distribution(plan: fixture.plan.id)
        #expect(distribution.count == 2)
        #expect(distribution.allSatisfy { $0.notice?.state == .sent })
    }
}
