#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// How ``JournalLogHandler`` shapes a line: for the systemd journal, or for a terminal or a file.
///
/// It exists because journald adds its own timestamp and reads a syslog priority from a `<N>` prefix,
/// while a person reading a terminal or a redirected file needs the time and the level in the text.
public enum LogLineStyle: Sendable, Equatable {
    /// `<4>warning ehc-reviewd: message key=value` — stderr is a journald stream.
    case journal
    /// `2026-11-29T07:00:00Z warning ehc-reviewd: message key=value` — anything else.
    case plain

    /// The style for this process's stderr, from `JOURNAL_STREAM`.
    ///
    /// systemd sets `JOURNAL_STREAM=<device>:<inode>` for a service whose output goes to the journal.
    /// As `systemd.exec(5)` advises, the journal style is chosen only when stderr still is that stream;
    /// a child started from the service with stderr redirected inherits the variable but gets `plain`.
    public static func detect(environment: [String: String]) -> LogLineStyle {
        detect(environment: environment, standardError: StreamIdentity.standardError())
    }

    /// The style given the environment and the identity of stderr (`nil` when it cannot be read).
    static func detect(environment: [String: String], standardError: StreamIdentity?) -> LogLineStyle {
        guard let value = environment["JOURNAL_STREAM"], let journal = StreamIdentity(journalStream: value),
              journal == standardError
        else { return .plain }
        return .journal
    }
}

/// A file's device and inode numbers, as `JOURNAL_STREAM` states them.
struct StreamIdentity: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64

    /// Parses `JOURNAL_STREAM`'s `device:inode` (both decimal).
    init?(journalStream value: String) {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return nil }
        self.init(device: device, inode: inode)
    }

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// The identity of file descriptor 2, or `nil` when it is closed. Read through `/proc/self/fd/2`
    /// rather than `fstat`: `struct stat` is found in different C modules in debug and release builds,
    /// which strict member visibility refuses.
    static func standardError() -> StreamIdentity? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: "/proc/self/fd/2"),
              let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
              let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        else { return nil }
        return StreamIdentity(device: device, inode: inode)
    }
}
