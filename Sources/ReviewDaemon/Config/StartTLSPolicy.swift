/// Whether the SMTP transport upgrades the connection with STARTTLS (`mail.smtp.starttls`).
///
/// It exists so that "must the relay offer TLS?" is an explicit, checked choice: `auto` uses STARTTLS
/// when the server offers it, `required` refuses to send without it (use this for a remote relay, and
/// always with a password), `off` never tries (a relay on localhost).
public enum StartTLSPolicy: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case auto
    case required
    case off

    /// The name as written in the config file.
    public var description: String { rawValue }
}
