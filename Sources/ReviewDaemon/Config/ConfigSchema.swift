/// The keys `ehc-reviewd` reads, their defaults, and the environment variable that overrides each.
///
/// It exists as the one list that the unknown-key check, the documented example file
/// (`etc/ehc-review/ehc-reviewd.yaml`, whose tests check it names every key) and `--check-config` agree
/// on. Every key is optional except `digest.recipients` and `mail.from`.
///
/// Environment overrides: `EHC_REVIEW_` followed by the dotted key in upper case with every character
/// that is not a letter or digit (dots included) turned into `_`, so `digest.at` is `EHC_REVIEW_DIGEST_AT`
/// and `mail.smtp.password_file` is `EHC_REVIEW_MAIL_SMTP_PASSWORD_FILE`. A list
/// (`digest.recipients`) is written comma-separated. An override wins over the file.
public enum ConfigSchema {
    /// Every leaf key, dotted, in the order of the example file.
    public static let keys: [String] = [
        "database", "time_zone",
        "socket.path", "socket.group", "socket.admin_group",
        "socket.idle_timeout_seconds", "socket.max_connections", "socket.max_connections_per_uid",
        "digest.at", "digest.recipients",
        "mail.from", "mail.transport",
        "mail.smtp.host", "mail.smtp.port", "mail.smtp.starttls", "mail.smtp.username", "mail.smtp.password_file",
        "mail.sendmail_path", "mail.directory", "mail.full_names",
        "mail.batch_size", "mail.concurrency", "mail.max_attempts",
        "mail.secure_domains", "mail.max_message_bytes",
        "rules.due_soon_days", "rules.under_five_review_months", "rules.amendment_notice_weeks",
        "links.plan_url",
        "family.iass_contact",
    ]

    /// Keys whose value is a mapping of further keys.
    public static let sections: Set<String> = ["socket", "digest", "mail", "mail.smtp", "rules", "links", "family"]

    /// Keys whose value is a list (a YAML sequence, or comma-separated text).
    public static let lists: Set<String> = ["digest.recipients", "mail.secure_domains"]

    /// Keys that have no default and must be given.
    public static let required: Set<String> = ["digest.recipients", "mail.from"]

    /// The prefix of every environment override, as a swift-configuration key component.
    static let environmentPrefix = "ehc_review"

    /// The environment variable that overrides `key`, e.g. `EHC_REVIEW_MAIL_SMTP_PORT` for `mail.smtp.port`.
    /// This mirrors swift-configuration's `EnvironmentVariablesProvider` for our lower-case keys.
    public static func environmentVariable(for key: String) -> String {
        let name = (environmentPrefix + "." + key).uppercased()
        return String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
