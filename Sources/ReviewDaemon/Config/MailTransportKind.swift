/// How messages leave the daemon (`mail.transport`), as DESIGN §3 names them.
///
/// It exists so that the rest of the daemon switches over three known cases instead of comparing strings:
/// `smtp` (the default: a relay such as the local MTA), `sendmail` (runs `mail.sendmail_path`) and
/// `directory` (writes `.eml` files into `mail.directory`; the demo's choice).
public enum MailTransportKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case smtp
    case sendmail
    case directory

    /// The name as written in the config file.
    public var description: String { rawValue }
}
