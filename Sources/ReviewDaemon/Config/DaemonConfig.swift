public import Foundation
public import ReviewCore

/// Everything `ehc-reviewd` is configured with, as typed values: the file of DESIGN §3
/// (`/etc/ehc-review/ehc-reviewd.yaml`) with its environment overrides, after every check has passed.
///
/// It exists so that no part of the daemon reads a raw config string: the scheduler gets a `TimeZone` and
/// a ``LocalTime``, the mail module a ``MailboxAddress`` and a ``MailTransportKind``, the rules a checked
/// `RuleSettings`. Build one with ``ConfigLoader/load(path:environment:)``, which reports every problem
/// at once, or with ``demo(root:)`` for `ehc-reviewd --demo`:
///
/// ```swift
/// switch await ConfigLoader.load(path: "/etc/ehc-review/ehc-reviewd.yaml",
///                                environment: ProcessInfo.processInfo.environment) {
/// case .success(let config): start(config)
/// case .failure(let problems): print(problems); exit(78)  // EX_CONFIG
/// }
/// ```
/// The memberwise initialiser does not check anything; it is for tests and for code that already holds
/// checked parts.
public struct DaemonConfig: Sendable, Hashable {
    /// Path of the SQLite database; its folder must be writable (WAL files live beside it).
    public var database: String
    /// The authority's time zone: statutory dates are civil dates here, and the digest runs at local time.
    public var timeZone: TimeZone
    public var socket: SocketSettings
    public var digest: DigestSettings
    public var mail: MailSettings
    public var rules: RuleSettings
    public var links: LinkSettings
    public var family: FamilySettings

    /// How a version's document reaches each recipient, from `mail.secure_domains`, `mail.max_message_bytes`
    /// and `links.plan_url`.
    public var documentPolicy: DocumentPolicy {
        DocumentPolicy(secureDomains: mail.secureDomains, maxMessageBytes: mail.maxMessageBytes, planLink: links.planURL)
    }

    public init(database: String, timeZone: TimeZone, socket: SocketSettings, digest: DigestSettings,
                mail: MailSettings, rules: RuleSettings, links: LinkSettings = LinkSettings(),
                family: FamilySettings = FamilySettings()) {
        self.links = links
        self.family = family
        self.database = database
        self.timeZone = timeZone
        self.socket = socket
        self.digest = digest
        self.mail = mail
        self.rules = rules
    }
}
