import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// How ``SMTPTestServer`` answers: reply lines per phase and address, a dropped connection, a silence.
struct SMTPServerScript: Sendable {
    /// A step at which the server never answers (to make the client time out).
    enum Phase: Sendable, Hashable { case greeting, ehlo, mail, rcpt, data, dataEnd }

    var greeting = "220 test.invalid ESMTP ready"
    /// Offer STARTTLS (and accept it with this context) when set.
    var tls: NIOSSLContext?
    /// Advertise STARTTLS even without a context (the answer is then 454).
    var advertiseStartTLS = false
    /// Advertise `AUTH PLAIN` and accept exactly this base64 token (anything else gets 535).
    var acceptedPlainToken: String?
    /// Advertise only `AUTH LOGIN` and accept exactly these base64 answers (user name, password).
    var acceptedLogin: (username: String, password: String)?
    /// Reply to `MAIL FROM` / `RCPT TO` / end of DATA, keyed by the envelope address.
    var mailReplies: [String: String] = [:]
    var rcptReplies: [String: String] = [:]
    var dataEndReplies: [String: String] = [:]
    /// Close the connection as soon as content for one of these recipients starts to arrive.
    var dropDuringDataFor: Set<String> = []
    /// Phases at which the server stays silent.
    var silentAt: Set<Phase> = []
}

/// What the server saw, across connections.
final class SMTPServerRecord: Sendable {
    /// One finished transaction (a message the server accepted).
    struct Transaction: Sendable, Hashable {
        var mailFrom: String
        var rcptTo: [String]
        /// The content after un-dot-stuffing, CRLF line endings.
        var data: [UInt8]
    }

    private struct State {
        var connections = 0
        var tlsUpgrades = 0
        var transactions: [Transaction] = []
        var commands: [String] = []
        var authTokens: [String] = []
    }

    private let state = Mutex(State())

    var connections: Int { state.withLock { $0.connections } }
    var tlsUpgrades: Int { state.withLock { $0.tlsUpgrades } }
    var transactions: [Transaction] { state.withLock { $0.transactions } }
    /// Every command line as received (AUTH arguments included).
    var commands: [String] { state.withLock { $0.commands } }
    var authTokens: [String] { state.withLock { $0.authTokens } }

    func connected() { state.withLock { $0.connections += 1 } }
    func upgraded() { state.withLock { $0.tlsUpgrades += 1 } }
    func command(_ line: String) { state.withLock { $0.commands.append(line) } }
    func auth(_ token: String) { state.withLock { $0.authTokens.append(token) } }
    func finished(_ transaction: Transaction) { state.withLock { $0.transactions.append(transaction) } }
}

/// A small SMTP server on 127.0.0.1 and a random port, for the SMTP transport's tests: it speaks enough of
/// RFC 5321 (EHLO/HELO, STARTTLS, AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT), answers as scripted and
/// records what it received.
final class SMTPTestServer: Sendable {
    let port: Int
    let record: SMTPServerRecord
    private let channel: any Channel

    private init(port: Int, record: SMTPServerRecord, channel: any Channel) {
        self.port = port
        self.record = record
        self.channel = channel
    }

    static func start(_ script: SMTPServerScript = SMTPServerScript()) async throws -> SMTPTestServer {
        let record = SMTPServerRecord()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(SMTPTestServerHandler(script: script, record: record))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        guard let port = channel.localAddress?.port else { throw SMTPTestServerError.noPort }
        return SMTPTestServer(port: port, record: record, channel: channel)
    }

    /// Stops listening (open connections stay until their client leaves).
    func stop() async throws {
        try await channel.close()
    }

    /// A port on 127.0.0.1 where nothing listens (it was free a moment ago).
    static func closedPort() async throws -> Int {
        let server = try await start()
        try await server.stop()
        return server.port
    }
}

extension SMTPTestServer {
    /// Whether something accepts TCP connections on 127.0.0.1:`port`.
    static func isListening(port: Int) async -> Bool {
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(1))
                .connect(host: "127.0.0.1", port: port).get()
            try await channel.close()
            return true
        } catch {
            return false
        }
    }
}

enum SMTPTestServerError: Error { case noPort }

/// One connection's side of the dialogue, on its event loop.
private final class SMTPTestServerHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let script: SMTPServerScript
    private let record: SMTPServerRecord
    private var buffer: [UInt8] = []
    private var inData = false
    private var tlsActive = false
    private var mailFrom: String?
    private var rcptTo: [String] = []
    private var content: [UInt8] = []
    /// The base64 answers received so far in an `AUTH LOGIN` exchange, or nil outside one.
    private var loginAnswers: [String]?

    init(script: SMTPServerScript, record: SMTPServerRecord) {
        self.script = script
        self.record = record
    }

    func channelActive(context: ChannelHandlerContext) {
        record.connected()
        if !script.silentAt.contains(.greeting) { send(script.greeting, context) }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        buffer += Array(buffer: unwrapInboundIn(data))
        while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")), context.channel.isActive {
            var line = Array(buffer[..<newline])
            buffer.removeSubrange(...newline)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if inData { dataLine(line, context) } else { commandLine(String(decoding: line, as: UTF8.self), context) }
        }
    }

    private func dataLine(_ line: [UInt8], _ context: ChannelHandlerContext) {
        if !script.dropDuringDataFor.isDisjoint(with: rcptTo) {
            context.close(promise: nil)
            return
        }
        guard line != [UInt8(ascii: ".")] else {
            inData = false
            record.finished(.init(mailFrom: mailFrom ?? "", rcptTo: rcptTo, data: content))
            let recipient = rcptTo.first ?? ""
            mailFrom = nil
            rcptTo = []
            content = []
            if !script.silentAt.contains(.dataEnd) {
                send(script.dataEndReplies[recipient] ?? "250 2.0.0 queued", context)
            }
            return
        }
        content += line.first == UInt8(ascii: ".") ? Array(line.dropFirst()) : line
        content += [13, 10]
    }

    private func commandLine(_ line: String, _ context: ChannelHandlerContext) {
        record.command(line)
        if var answers = loginAnswers {
            answers.append(line)
            record.auth(line)
            guard answers.count == 2 else {
                loginAnswers = answers
                return send("334 UGFzc3dvcmQ6", context)
            }
            loginAnswers = nil
            let accepted = script.acceptedLogin.map { [$0.username, $0.password] == answers } ?? false
            return send(accepted ? "235 2.7.0 accepted" : "535 5.7.8 bad credentials", context)
        }
        let upper = line.uppercased()
        let argument = Self.address(in: line)
        switch true {
        case upper.hasPrefix("EHLO"):
            guard !script.silentAt.contains(.ehlo) else { return }
            var lines = ["test.invalid greets you", "8BITMIME", "PIPELINING"]
            if (script.tls != nil || script.advertiseStartTLS) && !tlsActive { lines.append("STARTTLS") }
            if script.acceptedPlainToken != nil { lines.append("AUTH PLAIN") }
            if script.acceptedLogin != nil { lines.append("AUTH LOGIN") }
            let text = lines.enumerated().map { "250\($0.offset == lines.count - 1 ? " " : "-")\($0.element)" }
            send(text.joined(separator: "\r\n"), context)
        case upper.hasPrefix("HELO"):
            send("250 test.invalid", context)
        case upper == "STARTTLS":
            guard let tls = script.tls else { return send("454 4.7.0 TLS not available", context) }
            send("220 2.0.0 go ahead", context)
            do {
                try context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls), position: .first)
                tlsActive = true
                record.upgraded()
            } catch {
                context.close(promise: nil)
            }
        case upper.hasPrefix("AUTH PLAIN "):
            let token = String(line.dropFirst("AUTH PLAIN ".count))
            record.auth(token)
            send(token == script.acceptedPlainToken ? "235 2.7.0 accepted" : "535 5.7.8 bad credentials", context)
        case upper == "AUTH LOGIN":
            loginAnswers = []
            send("334 VXNlcm5hbWU6", context)
        case upper.hasPrefix("MAIL FROM:"):
            guard !script.silentAt.contains(.mail) else { return }
            let reply = script.mailReplies[argument] ?? "250 2.1.0 OK"
            if reply.hasPrefix("2") { mailFrom = argument; rcptTo = [] }
            send(reply, context)
        case upper.hasPrefix("RCPT TO:"):
            guard !script.silentAt.contains(.rcpt) else { return }
            let reply = script.rcptReplies[argument] ?? "250 2.1.5 OK"
            if reply.hasPrefix("2") { rcptTo.append(argument) }
            send(reply, context)
        case upper == "DATA":
            guard !script.silentAt.contains(.data) else { return }
            guard mailFrom != nil, !rcptTo.isEmpty else { return send("503 5.5.1 no valid recipients", context) }
            inData = true
            send("354 end with <CRLF>.<CRLF>", context)
        case upper == "RSET":
            mailFrom = nil
            rcptTo = []
            send("250 2.0.0 reset", context)
        case upper == "NOOP":
            send("250 2.0.0 OK", context)
        case upper == "QUIT":
            send("221 2.0.0 bye", context)
            context.close(promise: nil)
        default:
            send("500 5.5.2 unknown command", context)
        }
    }

    private func send(_ reply: String, _ context: ChannelHandlerContext) {
        context.writeAndFlush(NIOAny(context.channel.allocator.buffer(string: reply + "\r\n")), promise: nil)
    }

    /// `MAIL FROM:<a@b>` → `a@b`.
    private static func address(in line: String) -> String {
        guard let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">"), open < close else { return "" }
        return String(line[line.index(after: open)..<close])
    }
}
