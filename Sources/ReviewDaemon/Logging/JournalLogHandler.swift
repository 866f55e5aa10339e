import Foundation
public import Logging
import Synchronization

/// The daemon's swift-log handler: one line per message on stderr, shaped for the systemd journal.
///
/// It exists because under systemd stderr *is* the journal: with a `<N>` syslog-priority prefix each line
/// gets its priority (`journalctl -p warning` works) and journald's own timestamp. Run from a terminal,
/// the same handler writes a UTC timestamp instead (see ``LogLineStyle`` and ``LogLineFormatter``).
/// Lines never interleave between threads, and a newline inside a message is escaped, so one message is
/// always one journal entry.
///
/// Install it once, first thing in `main`:
///
/// ```swift
/// JournalLogHandler.bootstrap(environment: ProcessInfo.processInfo.environment, level: .info)
/// let logger = Logger(label: "ehc-reviewd")
/// logger.warning("mail relay refused", metadata: ["notice": "42"])
/// // journal:  <4>warning ehc-reviewd: mail relay refused notice=42
/// // terminal: 2026-11-29T07:00:00Z warning ehc-reviewd: mail relay refused notice=42
/// ```
public struct JournalLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    /// The logger's label, printed before the message.
    public let label: String
    /// Journal or plain lines.
    public let style: LogLineStyle

    private let output: @Sendable (String) -> Void
    private let now: @Sendable () -> Date

    /// A handler writing to stderr.
    public init(
        label: String,
        style: LogLineStyle,
        level: Logger.Level = .info,
        metadataProvider: Logger.MetadataProvider? = nil
    ) {
        self.init(
            label: label, style: style, level: level, metadataProvider: metadataProvider,
            now: { Date() }, output: { StandardErrorWriter.shared.write(line: $0) }
        )
    }

    /// A handler writing its lines to `output` (tests), stamping them with `now`.
    init(
        label: String,
        style: LogLineStyle,
        level: Logger.Level,
        metadataProvider: Logger.MetadataProvider?,
        now: @escaping @Sendable () -> Date,
        output: @escaping @Sendable (String) -> Void
    ) {
        self.label = label
        self.style = style
        self.logLevel = level
        self.metadataProvider = metadataProvider
        self.now = now
        self.output = output
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        // Precedence as in swift-log's StreamLogHandler: handler, then provider, then the call itself.
        var merged = metadata
        if let provided = metadataProvider?.get(), !provided.isEmpty {
            merged.merge(provided) { _, new in new }
        }
        if let explicit = event.metadata, !explicit.isEmpty {
            merged.merge(explicit) { _, new in new }
        }
        if let error = event.error, merged["error"] == nil {
            merged["error"] = "\(error)"
        }
        output(
            LogLineFormatter.line(
                style: style, timestamp: now(), level: event.level, label: label,
                message: event.message.description, metadata: merged
            )
        )
    }

    /// Makes every `Logger` of the process use this handler, in the style ``LogLineStyle/detect(environment:)``
    /// picks, at `level`.
    ///
    /// `LoggingSystem.bootstrap` may run only once per process; a second call here does nothing and
    /// returns `false`.
    @discardableResult
    public static func bootstrap(environment: [String: String], level: Logger.Level = .info) -> Bool {
        let first = bootstrapped.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return false }
        let style = LogLineStyle.detect(environment: environment)
        LoggingSystem.bootstrap({ label, provider in
            JournalLogHandler(label: label, style: style, level: level, metadataProvider: provider)
        }, metadataProvider: nil)
        return true
    }

    private static let bootstrapped = Mutex(false)
}
