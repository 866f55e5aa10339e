public import Foundation

/// Delivers by writing each message as an `.eml` file into a folder (`mail.transport: directory`).
///
/// It exists for the demo, for tests and for authorities that hand mail to another system by file: every
/// message becomes `<folder>/<UTC timestamp>-<Message-ID, sanitized>.eml`, written atomically (a temporary
/// file in the same folder, `fsync`, `rename`) with mode 0600, so a reader never sees half a message. The
/// folder is created (mode 0700) if missing. A full disk or an unwritable folder is a temporary failure
/// whose reason names the folder and the system error, never the message.
///
/// ```swift
/// let transport = DirectoryTransport(folder: "/var/lib/ehc-review/mail")
/// let results = await transport.deliver([message])   // [.delivered]
/// ```
public struct DirectoryTransport: MailTransport {
    public let name = "directory"
    /// The folder the `.eml` files go into.
    public let folder: String
    /// Where the timestamp of each file name comes from.
    let now: @Sendable () -> Date

    public init(folder: String, now: @escaping @Sendable () -> Date = { Date() }) {
        self.folder = folder
        self.now = now
    }

    /// Writes the files one by one; each message's result is reported as soon as its file is in place.
    public func deliver(_ messages: [MailMessage], onResult: (Int, DeliveryResult) async -> Void) async {
        let writer = EMLFileWriter(folder: folder)
        for (index, message) in messages.enumerated() {
            let name = Self.fileName(for: message, at: now())
            // File I/O blocks (fsync): do it on a Dispatch thread, not on the cooperative pool.
            let result = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(returning: writer.write(message.bytes, named: name))
                }
            }
            await onResult(index, result)
        }
    }

    /// `20261129T090000.123Z-notice-42.1767225600_example.org.eml`: sorts by time of writing, and names the
    /// outbox row that the message came from.
    static func fileName(for message: MailMessage, at date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = Date(timeIntervalSince1970: TimeInterval(millis / 1000))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: seconds)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        let fraction = String(millis % 1000 + 1000).dropFirst()
        let stamp = "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))T"
            + "\(two(parts.hour))\(two(parts.minute))\(two(parts.second)).\(fraction)Z"
        return "\(stamp)-\(sanitized(message.messageID)).eml"
    }

    /// The Message-ID without its angle brackets, every character other than letters, digits, `.`, `-`
    /// and `_` replaced by `_`, and at most 150 characters: safe as a file name on any file system.
    static func sanitized(_ messageID: String) -> String {
        let trimmed = messageID.trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
        let safe = trimmed.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
            return allowed ? Character(scalar) : "_"
        }
        let name = String(safe.prefix(150))
        return name.isEmpty || name.allSatisfy({ $0 == "." }) ? "message" : name
    }
}
