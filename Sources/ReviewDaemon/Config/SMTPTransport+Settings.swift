import ReviewMail

extension SMTPTransport {
    /// The `smtp` transport as `mail.smtp` configures it: relay, STARTTLS policy, and the login when both
    /// `username` and `password_file` are set. Time limits are the defaults (connect 10 s, each reply 60 s,
    /// end of DATA 120 s); TLS trusts the system's roots and checks the certificate against `host`.
    init(settings: SMTPSettings) {
        let startTLS: SMTPTransport.StartTLS = switch settings.starttls {
        case .auto: .auto
        case .required: .required
        case .off: .off
        }
        var credentials: SMTPTransport.Credentials?
        if let username = settings.username, let passwordFile = settings.passwordFile {
            credentials = SMTPTransport.Credentials(username: username, passwordFile: passwordFile)
        }
        self.init(configuration: Configuration(host: settings.host, port: settings.port, startTLS: startTLS,
                                               credentials: credentials))
    }
}
