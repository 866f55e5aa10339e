import NIOCore
import NIOPosix
import NIOSSL

/// One TCP connection to an SMTP server: send a line, await a reply within a time limit, upgrade to TLS.
///
/// It exists to keep NIO out of the dialogue: ``SMTPSession`` speaks the protocol in plain async code and
/// this type does the bytes. A timeout or a failure closes the connection, and every later call fails.
struct SMTPConnection: Sendable {
    private let channel: any Channel
    private let inbox: SMTPReplyInbox

    /// Connects to `host`:`port`, giving up after `timeout`.
    static func connect(host: String, port: Int, timeout: TimeAmount,
                        group: any EventLoopGroup) async throws(SMTPClientError) -> SMTPConnection {
        let inbox = SMTPReplyInbox()
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler(inbox: inbox))
                }
            }
        do {
            let channel = try await bootstrap.connect(host: host, port: port).get()
            return SMTPConnection(channel: channel, inbox: inbox)
        } catch {
            throw .connectFailed("\(host):\(port): \(error)")
        }
    }

    /// Awaits the next reply (the greeting, or the answer to what was sent last).
    func reply(step: String, timeout: TimeAmount) async throws(SMTPClientError) -> SMTPReply {
        let channel = self.channel
        do {
            return try await inbox.next(step: step, timeout: timeout, on: channel.eventLoop) {
                channel.close(promise: nil)
            }
        } catch let error as SMTPClientError {
            throw error
        } catch {
            throw .connectionFailed(String(describing: error))
        }
    }

    /// Sends `line` followed by CRLF and awaits its reply. The write is not awaited by itself: a server that
    /// stops reading is caught by the reply's time limit.
    func command(_ line: String, step: String, timeout: TimeAmount) async throws(SMTPClientError) -> SMTPReply {
        write(Array(line.utf8) + [13, 10])
        return try await reply(step: step, timeout: timeout)
    }

    /// Sends raw bytes (a message's dot-stuffed content).
    func write(_ bytes: [UInt8]) {
        channel.writeAndFlush(channel.allocator.buffer(bytes: bytes), promise: nil)
    }

    /// Puts TLS under the SMTP handler, after a `220` to STARTTLS. Fails if the server already sent more
    /// (bytes sent before the handshake must not be read as if they came over TLS).
    func startTLS(configuration: TLSConfiguration, serverHostname: String?) async throws(SMTPClientError) {
        guard !inbox.hasUnreadInput else {
            throw .malformedReply("data after the STARTTLS reply, before the TLS handshake")
        }
        do {
            let context = try NIOSSLContext(configuration: configuration)
            let channel = self.channel
            try await channel.eventLoop.submit {
                let handler = try NIOSSLClientHandler(context: context, serverHostname: serverHostname)
                try channel.pipeline.syncOperations.addHandler(handler, position: .first)
            }.get()
        } catch {
            close()
            throw .connectionFailed("TLS: \(error)")
        }
    }

    /// Closes the connection without waiting.
    func close() {
        channel.close(promise: nil)
    }
}
