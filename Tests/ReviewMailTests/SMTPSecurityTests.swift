import Foundation
import NIOSSL
import ReviewMail
import Testing

@Suite("SMTP transport: AUTH and STARTTLS")
struct SMTPSecurityTests {
    static let password = "s3cret-Pa55"
    static let plainToken = Data("\0relay-user\0\(password)".utf8).base64EncodedString()

    private func passwordFile(_ contents: String) throws -> String {
        let file = try SMTPFixtures.temporaryFolder().appendingPathComponent("password")
        try Data(contents.utf8).write(to: file)
        return file.path
    }

    @Test("AUTH PLAIN sends base64 of NUL user NUL password, read from the file without its newline")
    func authPlain() async throws {
        var script = SMTPServerScript()
        script.acceptedPlainToken = Self.plainToken
        let server = try await SMTPTestServer.start(script)
        let credentials = SMTPTransport.Credentials(username: "relay-user", passwordFile: try passwordFile(Self.password + "\n"))
        let results = await SMTPFixtures.transport(port: server.port, credentials: credentials)
            .deliver([try SMTPFixtures.message(to: "a@example.org")])
        #expect(results == [.delivered])
        #expect(server.record.authTokens == [Self.plainToken])
        try await server.stop()
    }

    @Test("AUTH LOGIN when only LOGIN is offered: user name and password each in base64")
    func authLogin() async throws {
        var script = SMTPServerScript()
        let username = Data("relay-user".utf8).base64EncodedString()
        let password = Data(Self.password.utf8).base64EncodedString()
        script.acceptedLogin = (username, password)
        let server = try await SMTPTestServer.start(script)
        let credentials = SMTPTransport.Credentials(username: "relay-user", passwordFile: try passwordFile(Self.password + "\r\n"))
        let results = await SMTPFixtures.transport(port: server.port, credentials: credentials)
            .deliver([try SMTPFixtures.message(to: "a@example.org")])
        #expect(results == [.delivered])
        #expect(server.record.authTokens == [username, password])
        try await server.stop()
    }

    @Test("a refused login fails every message temporarily and never quotes the password")
    func authRefused() async throws {
        var script = SMTPServerScript()
        script.acceptedPlainToken = "something-else"
        let server = try await SMTPTestServer.start(script)
        let credentials = SMTPTransport.Credentials(username: "relay-user", passwordFile: try passwordFile(Self.password))
        let messages = try (1...2).map { try SMTPFixtures.message(to: "t\($0)@example.org", number: $0) }
        let results = await SMTPFixtures.transport(port: server.port, credentials: credentials).deliver(messages)
        #expect(results == Array(repeating: .temporaryFailure("AUTH: 535 5.7.8 bad credentials"), count: 2))
        for result in results {
            #expect(!result.text.contains(Self.password) && !result.text.contains(Self.plainToken))
        }
        #expect(server.record.transactions.isEmpty)
        try await server.stop()
    }

    @Test("a missing password file is a temporary failure naming the file, not a crash")
    func missingPasswordFile() async throws {
        var script = SMTPServerScript()
        script.acceptedPlainToken = Self.plainToken
        let server = try await SMTPTestServer.start(script)
        let credentials = SMTPTransport.Credentials(username: "relay-user", passwordFile: "/nonexistent/smtp-password")
        let results = await SMTPFixtures.transport(port: server.port, credentials: credentials)
            .deliver([try SMTPFixtures.message(to: "a@example.org")])
        #expect(results.first?.isTemporary == true)
        #expect(results.first?.text.contains("/nonexistent/smtp-password") == true)
        try await server.stop()
    }

    @Test("STARTTLS required but not offered: every message a temporary failure, nothing sent")
    func startTLSRequiredNotOffered() async throws {
        let server = try await SMTPTestServer.start()
        let messages = try (1...2).map { try SMTPFixtures.message(to: "t\($0)@example.org", number: $0) }
        let results = await SMTPFixtures.transport(port: server.port, startTLS: .required).deliver(messages)
        #expect(results == Array(repeating: .temporaryFailure("STARTTLS required but not offered"), count: 2))
        #expect(!server.record.commands.contains { $0.hasPrefix("MAIL") })
        try await server.stop()
    }

    @Test("STARTTLS offered but refused (454) with policy auto: sent in the clear")
    func startTLSRefusedAuto() async throws {
        var script = SMTPServerScript()
        script.advertiseStartTLS = true
        let server = try await SMTPTestServer.start(script)
        let results = await SMTPFixtures.transport(port: server.port, startTLS: .auto)
            .deliver([try SMTPFixtures.message(to: "a@example.org")])
        #expect(results == [.delivered])
        #expect(server.record.commands.contains("STARTTLS"))
        try await server.stop()
    }

    @Test("STARTTLS offered: TLS is negotiated, the certificate checked against the host, EHLO sent again")
    func startTLSNegotiated() async throws {
        guard let certificate = try await SelfSignedCertificate.make() else {
            print("skipped: openssl is not installed, cannot make a test certificate")
            return
        }
        var script = SMTPServerScript()
        script.tls = try certificate.serverContext()
        let server = try await SMTPTestServer.start(script)
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .file(certificate.certificatePath)
        let transport = SMTPFixtures.transport(port: server.port, startTLS: .required, host: "localhost", tls: tls)
        let messages = try (1...2).map { try SMTPFixtures.message(to: "t\($0)@example.org", number: $0) }
        let results = await transport.deliver(messages)
        #expect(results == [.delivered, .delivered])
        #expect(server.record.tlsUpgrades == 1)
        #expect(server.record.commands.filter { $0.hasPrefix("EHLO") }.count == 2)
        #expect(server.record.transactions.map(\.data) == messages.map(\.bytes))
        try await server.stop()
    }

    @Test("STARTTLS with a certificate the client does not trust: temporary failure, nothing sent")
    func startTLSUntrusted() async throws {
        guard let certificate = try await SelfSignedCertificate.make() else {
            print("skipped: openssl is not installed, cannot make a test certificate")
            return
        }
        var script = SMTPServerScript()
        script.tls = try certificate.serverContext()
        let server = try await SMTPTestServer.start(script)
        let transport = SMTPFixtures.transport(port: server.port, startTLS: .auto, host: "localhost")
        let results = await transport.deliver([try SMTPFixtures.message(to: "a@example.org")])
        #expect(results.first?.isTemporary == true)
        #expect(server.record.transactions.isEmpty)
        try await server.stop()
    }
}

/// A certificate for `localhost` made by `openssl` in a temporary folder.
struct SelfSignedCertificate {
    let certificatePath: String
    let keyPath: String

    /// Nil when `openssl` is not installed.
    static func make() async throws -> SelfSignedCertificate? {
        guard let openssl = SMTPFixtures.executable(["/usr/bin/openssl", "/usr/local/bin/openssl"]) else { return nil }
        let folder = try SMTPFixtures.temporaryFolder()
        let certificate = SelfSignedCertificate(certificatePath: folder.appendingPathComponent("cert.pem").path,
                                                keyPath: folder.appendingPathComponent("key.pem").path)
        let status = try await offThread {
            try SMTPFixtures.run(openssl, [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-days", "1",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", certificate.keyPath,
                "-out", certificate.certificatePath,
            ])
        }
        #expect(status == 0, "openssl req failed")
        return status == 0 ? certificate : nil
    }

    func serverContext() throws -> NIOSSLContext {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(certificatePath).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: keyPath, format: .pem)))
        return try NIOSSLContext(configuration: configuration)
    }
}
