import ReviewCore
/// The value of each optional key when neither the file nor the environment gives it: DESIGN §3's
/// example, which is also what `etc/ehc-review/ehc-reviewd.yaml` shows.
enum ConfigDefaults {
    static let database = "/var/lib/ehc-review/reviews.sqlite"
    static let timeZone = "Europe/London"
    static let socketPath = "/run/ehc-review/admin.sock"
    static let socketGroup = "ehc-review"
    static let socketAdminGroup = "ehc-review-admin"
    static let idleTimeoutSeconds = SocketSettings.defaultIdleTimeoutSeconds
    static let maxConnections = SocketSettings.defaultMaxConnections
    static let maxConnectionsPerUID = SocketSettings.defaultMaxConnectionsPerUID
    static let digestAt = LocalTime.sevenAM
    static let transport = MailTransportKind.smtp
    static let smtpHost = "localhost"
    static let smtpPort = 25
    static let starttls = StartTLSPolicy.auto
    static let sendmailPath = "/usr/sbin/sendmail"
    static let mailDirectory = "/var/lib/ehc-review/mail"
    static let batchSize = 50
    static let concurrency = 4
    static let maxAttempts = 12
    static let dueSoonDays = 14
    static let underFiveReviewMonths = 6
    static let amendmentNoticeWeeks = 4
}
