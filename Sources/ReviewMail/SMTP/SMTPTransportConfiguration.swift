public import NIOSSL

extension SMTPTransport {
    /// Where and how ``SMTPTransport`` connects: the relay, the STARTTLS policy, the login, the time limits.
    ///
    /// It exists so that ReviewMail does not depend on the daemon's config types: the daemon maps its
    /// `mail.smtp` settings onto this value, and tests set short time limits and their own TLS trust.
    public struct Configuration: Sendable {
        /// The relay's host name or address; TLS certificates are checked against it.
        public var host: String
        public var port: Int
        public var startTLS: StartTLS
        /// The login, or nil to send without `AUTH`.
        public var credentials: Credentials?
        /// The name this client gives in `EHLO`; the machine's host name by default.
        public var heloName: String
        public var timeouts: Timeouts
        /// Trust and protocol settings for STARTTLS: the system's roots and full verification by default.
        public var tls: TLSConfiguration

        public init(host: String, port: Int = 25, startTLS: StartTLS = .auto, credentials: Credentials? = nil,
                    heloName: String = SMTPTransport.localHostName(), timeouts: Timeouts = Timeouts(),
                    tls: TLSConfiguration = .makeClientConfiguration()) {
            self.host = host
            self.port = port
            self.startTLS = startTLS
            self.credentials = credentials
            self.heloName = heloName
            self.timeouts = timeouts
            self.tls = tls
        }
    }

    /// Whether the connection is upgraded with STARTTLS (`mail.smtp.starttls`).
    public enum StartTLS: String, Sendable, Hashable, CaseIterable {
        /// Upgrade when the server offers it, else send in the clear.
        case auto
        /// Upgrade, or send nothing: every message is a temporary failure.
        case required
        /// Never upgrade (a relay on localhost).
        case off
    }

    /// The SMTP AUTH login. The password stays in its file until the transport logs in: it is read at each
    /// connection (so a changed file takes effect at once), never logged and never quoted in a result.
    public struct Credentials: Sendable, Hashable {
        public var username: String
        /// A file holding only the password; one trailing newline is ignored.
        public var passwordFile: String

        public init(username: String, passwordFile: String) {
            self.username = username
            self.passwordFile = passwordFile
        }
    }

    /// Time limits for each step of a connection.
    public struct Timeouts: Sendable, Hashable {
        /// Making the TCP connection.
        public var connect: Duration
        /// Each reply (the greeting, `EHLO`, `MAIL`, `RCPT`, `DATA`, `AUTH`…).
        public var reply: Duration
        /// The reply after a message's content (the server may scan it first).
        public var dataEnd: Duration

        public init(connect: Duration = .seconds(10), reply: Duration = .seconds(60),
                    dataEnd: Duration = .seconds(120)) {
            self.connect = connect
            self.reply = reply
            self.dataEnd = dataEnd
        }
    }
}
