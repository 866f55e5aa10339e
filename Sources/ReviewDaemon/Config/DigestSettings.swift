public import ReviewCore

/// When the nightly overdue digest goes out and to whom (`digest.*`).
///
/// It exists so that the digest service receives a checked time of day and a non-empty list of checked
/// addresses. The digest is sent once per local date, at or after ``at`` in `time_zone`.
public struct DigestSettings: Sendable, Hashable {
    /// Local time of day; 07:00 by default.
    public var at: LocalTime
    /// Who receives the digest (one message each). Never empty, no duplicates.
    public var recipients: [EmailAddress]

    public init(at: LocalTime, recipients: [EmailAddress]) {
        self.at = at
        self.recipients = recipients
    }
}
