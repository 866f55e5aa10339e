/// Bad input, naming the field at fault and why, so that an API caller, a CSV importer or an admin
/// editing the config can fix exactly that field. Every check in the product reports through it.
public struct FieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field as the caller spelled it (`date_of_birth`, `mail.smtp.port`, `email`).
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}
