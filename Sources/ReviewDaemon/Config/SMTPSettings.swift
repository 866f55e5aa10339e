/// Where and how the `smtp` transport connects (`mail.smtp.*`).
///
/// It exists to carry the relay's address and authentication as checked values: the port is 1–65535,
/// and a user name and a password file come together or not at all. The password itself is never held
/// here, only the path of the file that holds it (mode 0600, read by the transport when it logs in), so
/// that a config value printed in a log or a reload report can never reveal it.
public struct SMTPSettings: Sendable, Hashable {
    public var host: String
    /// 1–65535; 25 by default (587 for submission to a remote relay).
    public var port: Int
    public var starttls: StartTLSPolicy
    /// The SMTP AUTH user name, set exactly when ``passwordFile`` is.
    public var username: String?
    /// Path of a file holding only the SMTP AUTH password. Its contents are secret: never logged.
    public var passwordFile: String?

    /// `localhost:25`, STARTTLS when offered, no authentication: the local MTA.
    public static let standard = SMTPSettings(
        host: ConfigDefaults.smtpHost, port: ConfigDefaults.smtpPort, starttls: ConfigDefaults.starttls)

    public init(host: String, port: Int, starttls: StartTLSPolicy, username: String? = nil,
                passwordFile: String? = nil) {
        self.host = host
        self.port = port
        self.starttls = starttls
        self.username = username
        self.passwordFile = passwordFile
    }
}
