import Foundation
import ReviewCore

extension DaemonConfig {
    /// Which keys differ between this (running) config and `new`, split into those applied at run time
    /// and those that need a restart. See ``ReloadPlan``.
    public func reloadPlan(to new: DaemonConfig) -> ReloadPlan {
        let changed: [(key: String, changed: Bool)] = [
            ("database", database != new.database),
            ("time_zone", timeZone.identifier != new.timeZone.identifier),
            ("socket.path", socket.path != new.socket.path),
            ("socket.group", socket.group != new.socket.group),
            ("socket.admin_group", socket.adminGroup != new.socket.adminGroup),
            ("socket.idle_timeout_seconds", socket.idleTimeoutSeconds != new.socket.idleTimeoutSeconds),
            ("socket.max_connections", socket.maxConnections != new.socket.maxConnections),
            ("socket.max_connections_per_uid", socket.maxConnectionsPerUID != new.socket.maxConnectionsPerUID),
            ("digest.at", digest.at != new.digest.at),
            ("digest.recipients", digest.recipients != new.digest.recipients),
            ("mail.from", mail.from != new.mail.from),
            ("mail.transport", mail.transport != new.mail.transport),
            ("mail.smtp.host", mail.smtp.host != new.mail.smtp.host),
            ("mail.smtp.port", mail.smtp.port != new.mail.smtp.port),
            ("mail.smtp.starttls", mail.smtp.starttls != new.mail.smtp.starttls),
            ("mail.smtp.username", mail.smtp.username != new.mail.smtp.username),
            ("mail.smtp.password_file", mail.smtp.passwordFile != new.mail.smtp.passwordFile),
            ("mail.sendmail_path", mail.sendmailPath != new.mail.sendmailPath),
            ("mail.directory", mail.directory != new.mail.directory),
            ("mail.full_names", mail.fullNames != new.mail.fullNames),
            ("mail.batch_size", mail.delivery.batchSize != new.mail.delivery.batchSize),
            ("mail.concurrency", mail.delivery.concurrency != new.mail.delivery.concurrency),
            ("mail.max_attempts", mail.delivery.maxAttempts != new.mail.delivery.maxAttempts),
            ("mail.secure_domains", mail.secureDomains != new.mail.secureDomains),
            ("mail.max_message_bytes", mail.maxMessageBytes != new.mail.maxMessageBytes),
            ("rules.due_soon_days", rules.dueSoonDays != new.rules.dueSoonDays),
            ("rules.under_five_review_months", rules.underFiveReviewMonths != new.rules.underFiveReviewMonths),
            ("rules.amendment_notice_weeks", rules.amendmentNoticeWeeks != new.rules.amendmentNoticeWeeks),
            ("links.plan_url", links.planURL != new.links.planURL),
            ("family.iass_contact", family.iassContact != new.family.iassContact),
        ]
        let keys = changed.filter(\.changed).map(\.key)
        return ReloadPlan(applied: keys.filter(Self.appliesAtRunTime),
                          needsRestart: keys.filter { !Self.appliesAtRunTime($0) })
    }

    /// This config with the run-time keys of `new` (`digest.*`, `mail.*`, `links.*`, `rules.due_soon_days`) and its
    /// own values for every key that needs a restart: what the daemon runs on after a SIGHUP.
    public func applyingRuntimeChanges(from new: DaemonConfig) -> DaemonConfig {
        var result = self
        result.digest = new.digest
        result.mail = new.mail
        result.links = new.links
        result.family = new.family
        // Both sets of rule settings passed RuleSettings' checks, and each number is checked on its own.
        if let rules = try? RuleSettings(dueSoonDays: new.rules.dueSoonDays,
                                         underFiveReviewMonths: rules.underFiveReviewMonths,
                                         amendmentNoticeWeeks: rules.amendmentNoticeWeeks) {
            result.rules = rules
        }
        return result
    }

    /// Whether a change to `key` takes effect without a restart.
    static func appliesAtRunTime(_ key: String) -> Bool {
        key.hasPrefix("digest.") || key.hasPrefix("mail.") || key.hasPrefix("links.") || key.hasPrefix("family.")
            || key == "rules.due_soon_days"
    }
}
