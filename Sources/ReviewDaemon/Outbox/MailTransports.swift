import Foundation
import ReviewMail
import ReviewStore
import Synchronization

/// Builds the transport and the message builder that `mail.*` asks for, and rebuilds them only when the
/// settings change (a SIGHUP reload), so that every wake of the dispatcher sends with the config in force.
///
/// It exists so that the daemon's wiring says "send as configured" in one line, and the choice of
/// transport from ``MailTransportKind`` lives in one place.
final class MailTransports: Sendable {
    private let live: LiveConfig
    private let store: ReviewStore
    private let cache = Mutex<(settings: MailSettings, timeZone: TimeZone, links: LinkSettings, mail: OutboxMail)?>(nil)

    init(live: LiveConfig, store: ReviewStore) {
        self.live = live
        self.store = store
    }

    /// The transport and builder for the config in force.
    func current() -> OutboxMail {
        let config = live.value
        return cache.withLock { cache in
            if let cache, cache.settings == config.mail, cache.timeZone == config.timeZone, cache.links == config.links {
                return cache.mail
            }
            let mail = OutboxMail(transport: Self.transport(for: config.mail),
                                  builder: MessageBuilder(from: config.mail.from, timeZone: config.timeZone, settings: config.rules,
                                                          planLink: config.links.planURL),
                                  digestReport: { [store] in try await store.digestReport(run: $0) },
                                  documentBytes: { [documents = DocumentFolder(besideDatabase: config.database)] in
                                      try documents.bytes(sha256: $0)
                                  })
            cache = (config.mail, config.timeZone, config.links, mail)
            return mail
        }
    }

    /// The transport `mail.transport` names.
    static func transport(for mail: MailSettings) -> any MailTransport {
        switch mail.transport {
        case .directory:
            return DirectoryTransport(folder: mail.directory)
        case .sendmail:
            return SendmailTransport(path: mail.sendmailPath)
        case .smtp:
            return SMTPTransport(settings: mail.smtp)
        }
    }
}
