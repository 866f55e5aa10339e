/// How the outbox dispatcher delivers (`mail.batch_size`, `mail.concurrency`, `mail.max_attempts`): how
/// many notices go to the transport in one batch (one SMTP connection), how many batches are in flight at
/// once, and how many attempts a notice gets before it is dead.
///
/// It exists so that a council can fit the dispatcher to its relay (some relays take only so many
/// messages per connection or so many connections per client) without a rebuild. The three numbers apply
/// at the next wake after a SIGHUP, like the rest of `mail.*`. At most `batchSize × concurrency` notices
/// are `sending` at once; a crash re-sends at most `concurrency` of them (one per batch in flight).
///
/// ```swift
/// let delivery = DeliverySettings(batchSize: 20, concurrency: 2)   // a relay that allows 20 per connection
/// DeliverySettings.batchSizes.contains(delivery.batchSize)          // the checked ranges: `--check-config`
/// ```
public struct DeliverySettings: Sendable, Hashable {
    /// Notices handed to the transport in one call: one SMTP connection, one `sendmail` child after another.
    public var batchSize: Int
    /// Batches in flight at once (SMTP connections to the relay at once).
    public var concurrency: Int
    /// Attempts a notice gets in all, the first included; a temporary failure on the last makes it dead.
    public var maxAttempts: Int

    /// The ranges the config accepts.
    public static let batchSizes = 1...1000
    public static let concurrencies = 1...32
    public static let maxAttemptCounts = 1...100

    /// 50 per batch, 4 batches at once, 12 attempts (about 68 minutes of retries with the 2^n s back-off).
    public static let standard = DeliverySettings(
        batchSize: ConfigDefaults.batchSize, concurrency: ConfigDefaults.concurrency,
        maxAttempts: ConfigDefaults.maxAttempts)

    public init(batchSize: Int, concurrency: Int, maxAttempts: Int = 12) {
        self.batchSize = batchSize
        self.concurrency = concurrency
        self.maxAttempts = maxAttempts
    }
}
