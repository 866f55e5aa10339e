import Foundation
import ReviewCore
import ReviewMail
import Testing

/// The SMTP transport against an independent server: Python's `aiosmtpd` (pip package `aiosmtpd`) with
/// its Maildir handler. Skipped, with a message, when Python or aiosmtpd is missing.
@Suite("SMTP transport against aiosmtpd")
struct SMTPAiosmtpdTests {
    @Test("three messages arrive in aiosmtpd's Maildir, envelope and Message-ID intact")
    func deliversThroughAiosmtpd() async throws {
        guard let python = try await pythonWithAiosmtpd() else {
            print("skipped: no python3 with aiosmtpd found on PATH (pip install aiosmtpd)")
            return
        }
        let folder = try SMTPFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let maildir = folder.appendingPathComponent("Maildir")
        let port = try await SMTPTestServer.closedPort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)",
                             "-c", "aiosmtpd.handlers.Mailbox", maildir.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        try await waitUntilListening(port: port)

        let messages = try (1...3).map { try SMTPFixtures.message(to: "therapist\($0)@example.org", number: $0) }
        let results = await SMTPFixtures.transport(port: port, startTLS: .auto).deliver(messages)
        #expect(results == [.delivered, .delivered, .delivered])

        let files = try FileManager.default.contentsOfDirectory(
            at: maildir.appendingPathComponent("new"), includingPropertiesForKeys: nil)
        let texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        #expect(texts.count == 3)
        for message in messages {
            let arrived = texts.first { $0.contains("Message-ID: \(message.messageID)") }
            #expect(arrived != nil, "\(message.messageID) did not arrive")
            #expect(arrived?.contains("X-RcptTo: \(message.recipient.value)") == true)
            #expect(arrived?.contains("X-MailFrom: \(SMTPFixtures.sender)") == true)
            #expect(arrived?.contains("\n.a line that starts with a dot\n.\n..two dots\n") == true)
        }
    }

    /// The first `python3` (on PATH, then the usual places) that can import aiosmtpd.
    private func pythonWithAiosmtpd() async throws -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3", "/usr/local/bin/python3"]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if try await offThread({ try SMTPFixtures.run(candidate, ["-c", "import aiosmtpd"]) }) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// Polls until something accepts connections on `port` (aiosmtpd takes a moment to start).
    private func waitUntilListening(port: Int) async throws {
        for _ in 0..<100 {
            if await SMTPTestServer.isListening(port: port) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("aiosmtpd did not start listening on port \(port)")
    }
}
