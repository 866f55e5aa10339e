import Foundation
import NIOSSL
import ReviewCore
import ReviewMail

/// Messages and transports for the SMTP tests.
enum SMTPFixtures {
    static let sender = "ehc-reviews@example.org"

    /// A message whose body has a line starting with "." and a line holding only ".", to test dot-stuffing.
    static func message(to recipient: String, number: Int = 1) throws -> MailMessage {
        let text = [
            "From: EHC reviews <\(sender)>",
            "To: <\(recipient)>",
            "Subject: Test \(number)",
            "Message-ID: <test-\(number)@example.org>",
            "",
            "Line one of message \(number).",
            ".a line that starts with a dot",
            ".",
            "..two dots",
            "last line",
            "",
        ].joined(separator: "\r\n")
        return MailMessage(messageID: "<test-\(number)@example.org>", sender: try EmailAddress(sender),
                           recipient: try EmailAddress(recipient), subject: "Test \(number)", bytes: Array(text.utf8))
    }

    static func transport(port: Int, startTLS: SMTPTransport.StartTLS = .off,
                          credentials: SMTPTransport.Credentials? = nil, host: String = "127.0.0.1",
                          reply: Duration = .seconds(5), tls: TLSConfiguration = .makeClientConfiguration())
        -> SMTPTransport {
        SMTPTransport(configuration: .init(
            host: host, port: port, startTLS: startTLS, credentials: credentials, heloName: "client.test",
            timeouts: .init(connect: .seconds(5), reply: reply, dataEnd: reply), tls: tls))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a program to its end (call through `offThread`); its exit status.
    static func run(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The first of `paths` that is an executable file.
    static func executable(_ paths: [String]) -> String? {
        paths.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

extension DeliveryResult {
    var isTemporary: Bool { if case .temporaryFailure = self { true } else { false } }
    var isPermanent: Bool { if case .permanentFailure = self { true } else { false } }
    /// The quoted text of a failure ("" when delivered).
    var text: String {
        switch self {
        case .delivered: ""
        case .temporaryFailure(let text), .permanentFailure(let text): text
        }
    }
}
