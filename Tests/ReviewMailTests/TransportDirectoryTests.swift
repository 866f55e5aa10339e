import Foundation
import ReviewCore
import ReviewMail
import Testing

/// A message with distinctive bytes, for the transport tests.
func transportSample(_ id: Int = 42, to recipient: String = "sam.speech@nhs.example") throws -> MailMessage {
    let text = "From: ehc-reviews@example.org\r\nTo: \(recipient)\r\nSubject: t\r\n\r\nline\r\n.\r\nafter dot \(id)\r\n"
    return MailMessage(messageID: "<notice-\(id).1767225600@example.org>",
                       sender: try EmailAddress("ehc-reviews@example.org"), recipient: try EmailAddress(recipient),
                       subject: "t", bytes: Array(text.utf8))
}

/// A fresh temporary folder path (not created), removed by `cleanUp`.
func transportFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("ehc-transport-\(UUID().uuidString)")
}

@Suite("The directory transport writes one .eml file per message, atomically, readable by its owner only")
struct TransportDirectoryTests {
    static let fixedNow = Date(timeIntervalSince1970: 1_795_942_800.123)   // 2026-11-29T09:00:00.123Z

    @Test("files appear with the exact bytes, mode 0600, in a folder created with mode 0700")
    func writes() async throws {
        let root = transportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("mail/out")
        let transport = DirectoryTransport(folder: folder.path, now: { Self.fixedNow })
        let messages = [try transportSample(1), try transportSample(2, to: "cara@council.example")]
        #expect(await transport.deliver(messages) == [.delivered, .delivered])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["20261129T090000.123Z-notice-1.1767225600_example.org.eml",
                          "20261129T090000.123Z-notice-2.1767225600_example.org.eml"])
        for (name, message) in zip(names, messages) {
            let path = folder.appendingPathComponent(name).path
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == message.bytes)
            #expect(try permissions(path) == 0o600)
        }
        #expect(try permissions(folder.path) == 0o700)
    }

    @Test("odd characters in a Message-ID cannot escape the folder")
    func sanitized() async throws {
        let root = transportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let message = MailMessage(messageID: "<../../etc/passwd x@y>", sender: try EmailAddress("a@example.org"),
                                  recipient: try EmailAddress("b@example.org"), subject: "s", bytes: [65])
        let transport = DirectoryTransport(folder: root.path, now: { Self.fixedNow })
        #expect(await transport.deliver([message]) == [.delivered])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path)
                == ["20261129T090000.123Z-.._.._etc_passwd_x_y.eml"])
    }

    @Test("a folder that cannot be created is a temporary failure naming it, not the message")
    func impossibleFolder() async throws {
        let root = transportFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("not a folder".utf8).write(to: root)
        let transport = DirectoryTransport(folder: root.appendingPathComponent("mail").path)
        let results = await transport.deliver([try transportSample()])
        guard case .temporaryFailure(let reason) = try #require(results.first) else {
            Issue.record("expected a temporary failure, got \(results)")
            return
        }
        #expect(reason.contains(root.path))
        #expect(!reason.contains("after dot"), "no body in the reason")
    }

    @Test("a read-only folder is a temporary failure and leaves no partial file",
          .enabled(if: getuid() != 0, "root ignores permissions"))
    func readOnly() async throws {
        let root = transportFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root.path)
            try? FileManager.default.removeItem(at: root)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o500])
        let results = await DirectoryTransport(folder: root.path).deliver([try transportSample()])
        guard case .temporaryFailure(let reason) = try #require(results.first) else {
            Issue.record("expected a temporary failure, got \(results)")
            return
        }
        #expect(reason.contains("Permission denied"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }
}

/// A file's permission bits.
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
