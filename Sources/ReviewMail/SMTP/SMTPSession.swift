import Foundation
import NIOCore
import NIOSSL
import ReviewCore

/// One SMTP dialogue over one connection: greeting, EHLO, STARTTLS, AUTH, then one transaction per message
/// and QUIT (RFC 5321, RFC 3207, RFC 4954).
///
/// It exists to hold the dialogue's rules in plain sequential code: ``SMTPConnection`` moves the bytes,
/// ``SMTPTransport`` is the public face.
struct SMTPSession: Sendable {
    /// Replies quoted in results are cut to this many characters.
    static let quoteLimit = 200

    private let configuration: SMTPTransport.Configuration
    private let connection: SMTPConnection
    private var secrets: [String] = []

    private init(configuration: SMTPTransport.Configuration, connection: SMTPConnection) {
        self.configuration = configuration
        self.connection = connection
    }

    /// Connects, sets up and sends `messages` in order, reporting each message's result through `onResult`
    /// as soon as its transaction ends (before the next one starts). When the connection cannot be made or
    /// set up, every message gets the same temporary failure.
    static func deliver(_ messages: [MailMessage], configuration: SMTPTransport.Configuration,
                        group: any EventLoopGroup, onResult: (Int, DeliveryResult) async -> Void) async {
        let connection: SMTPConnection
        do {
            connection = try await SMTPConnection.connect(
                host: configuration.host, port: configuration.port,
                timeout: configuration.timeouts.connect.timeAmount, group: group)
        } catch {
            let failure = DeliveryResult.temporaryFailure(quote(error.description, hiding: []))
            for index in messages.indices { await onResult(index, failure) }
            return
        }
        defer { connection.close() }
        var session = SMTPSession(configuration: configuration, connection: connection)
        do {
            try await session.open()
        } catch {
            let text = switch error {
            case .connection(let failure): failure.description
            case .rejected(let text): text
            }
            let failure = DeliveryResult.temporaryFailure(session.quote(text))
            for index in messages.indices { await onResult(index, failure) }
            return
        }
        await session.send(messages, onResult: onResult)
        await session.quit()
    }

    // MARK: setting up

    private mutating func open() async throws(SMTPSessionError) {
        let greeting = try await reply(step: "greeting")
        guard greeting.code == 220 else { throw .rejected("greeting: \(greeting.firstLine)") }
        var extensions = try await hello()
        if configuration.startTLS != .off, extensions.offers("STARTTLS") {
            let answer = try await command("STARTTLS")
            if answer.code == 220 {
                do {
                    try await connection.startTLS(configuration: configuration.tls,
                                                  serverHostname: Self.sniName(configuration.host))
                } catch {
                    throw .connection(error)
                }
                extensions = try await hello()
            } else if configuration.startTLS == .required {
                throw .rejected("STARTTLS refused: \(answer.firstLine)")
            }
        } else if configuration.startTLS == .required {
            throw .rejected("STARTTLS required but not offered")
        }
        if let credentials = configuration.credentials {
            try await logIn(SMTPLogin(credentials: credentials), offered: extensions.authMechanisms)
        }
    }

    /// `EHLO`, or `HELO` for an old server that refuses it.
    private func hello() async throws(SMTPSessionError) -> SMTPExtensions {
        let ehlo = try await command("EHLO \(configuration.heloName)", step: "EHLO")
        if ehlo.isPositive { return SMTPExtensions(ehloReply: ehlo) }
        guard ehlo.isPermanent else { throw .rejected("EHLO: \(ehlo.firstLine)") }
        let helo = try await command("HELO \(configuration.heloName)", step: "HELO")
        guard helo.isPositive else { throw .rejected("HELO: \(helo.firstLine)") }
        return SMTPExtensions()
    }

    private mutating func logIn(_ login: SMTPLogin, offered: Set<String>) async throws(SMTPSessionError) {
        secrets = login.secrets
        let answer: SMTPReply
        if offered.contains("PLAIN") {
            answer = try await command("AUTH PLAIN \(login.plainToken)", step: "AUTH")
        } else if offered.contains("LOGIN") {
            let first = try await command("AUTH LOGIN", step: "AUTH")
            guard first.code == 334 else { throw .rejected("AUTH: \(first.firstLine)") }
            let second = try await command(login.loginUsername, step: "AUTH")
            guard second.code == 334 else { throw .rejected("AUTH: \(second.firstLine)") }
            answer = try await command(login.loginPassword, step: "AUTH")
        } else {
            throw .rejected("the server offers neither AUTH PLAIN nor AUTH LOGIN")
        }
        guard answer.code == 235 else { throw .rejected("AUTH: \(answer.firstLine)") }
    }

    // MARK: sending

    /// One transaction per message; each result goes to `onResult` before the next transaction begins. A
    /// broken connection fails the message in flight and every later one, temporarily.
    private func send(_ messages: [MailMessage], onResult: (Int, DeliveryResult) async -> Void) async {
        var needsReset = false
        for (index, message) in messages.enumerated() {
            let result: DeliveryResult
            do {
                if needsReset { _ = try await connection.command("RSET", step: "RSET", timeout: replyTimeout) }
                result = try await transaction(message)
            } catch {
                let failure = DeliveryResult.temporaryFailure(quote(error.description))
                for rest in index..<messages.count { await onResult(rest, failure) }
                return
            }
            await onResult(index, result)
            needsReset = result != .delivered
        }
    }

    /// MAIL FROM, RCPT TO, DATA and the content; a negative reply ends the transaction with its result.
    private func transaction(_ message: MailMessage) async throws(SMTPClientError) -> DeliveryResult {
        let sender = message.sender.value, recipient = message.recipient.value
        guard Self.isSafeAddress(sender), Self.isSafeAddress(recipient) else {
            return .permanentFailure("an address holds characters SMTP cannot carry")
        }
        let mail = try await connection.command("MAIL FROM:<\(sender)>", step: "MAIL FROM", timeout: replyTimeout)
        if let failure = negative(mail) { return failure }
        let rcpt = try await connection.command("RCPT TO:<\(recipient)>", step: "RCPT TO", timeout: replyTimeout)
        if let failure = negative(rcpt) { return failure }
        let data = try await connection.command("DATA", step: "DATA", timeout: replyTimeout)
        guard data.code == 354 else { return negative(data) ?? unexpected(data, to: "DATA") }
        connection.write(DotStuffing.dataSection(message.bytes))
        let end = try await connection.reply(step: "end of DATA", timeout: configuration.timeouts.dataEnd.timeAmount)
        return negative(end) ?? (end.isPositive ? .delivered : unexpected(end, to: "end of DATA"))
    }

    private func quit() async {
        let limit = min(configuration.timeouts.reply, .seconds(5)).timeAmount
        _ = try? await connection.command("QUIT", step: "QUIT", timeout: limit)
    }

    // MARK: replies

    private var replyTimeout: TimeAmount { configuration.timeouts.reply.timeAmount }

    private func reply(step: String) async throws(SMTPSessionError) -> SMTPReply {
        do {
            return try await connection.reply(step: step, timeout: replyTimeout)
        } catch {
            throw .connection(error)
        }
    }

    private func command(_ line: String, step: String? = nil) async throws(SMTPSessionError) -> SMTPReply {
        do {
            return try await connection.command(line, step: step ?? line, timeout: replyTimeout)
        } catch {
            throw .connection(error)
        }
    }

    /// The result a 4xx or 5xx reply gives its message; nil for any other reply.
    private func negative(_ reply: SMTPReply) -> DeliveryResult? {
        if reply.isTransient { return .temporaryFailure(quote(reply.firstLine)) }
        if reply.isPermanent { return .permanentFailure(quote(reply.firstLine)) }
        return nil
    }

    private func unexpected(_ reply: SMTPReply, to step: String) -> DeliveryResult {
        .temporaryFailure(quote("unexpected reply to \(step): \(reply.firstLine)"))
    }

    private func quote(_ text: String) -> String {
        Self.quote(text, hiding: secrets)
    }

    /// `text` on one line, without any of `secrets`, at most ``quoteLimit`` characters.
    static func quote(_ text: String, hiding secrets: [String]) -> String {
        var text = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        for secret in secrets where !secret.isEmpty {
            text = text.replacingOccurrences(of: secret, with: "[hidden]")
        }
        return String(text.prefix(quoteLimit))
    }

    private static func isSafeAddress(_ address: String) -> Bool {
        !address.isEmpty && !address.contains(where: { $0.isNewline || $0 == "<" || $0 == ">" || $0 == "\0" })
    }

    /// The name for TLS SNI and certificate checks: nil for an address literal, which SNI cannot carry.
    private static func sniName(_ host: String) -> String? {
        let isAddress = host.contains(":") || host.allSatisfy { $0.isNumber || $0 == "." }
        return isAddress ? nil : host
    }
}
