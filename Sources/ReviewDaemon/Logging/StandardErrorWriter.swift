#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes whole lines to file descriptor 2 so that lines from different threads never interleave.
///
/// Each line goes out in a single `write(2)` (a pipe or journald's stream socket then receives it in one
/// piece); a lock serialises writers so that even a short write, finished by a second call, cannot be
/// split by another thread's line. There is no buffering: a line is out before `write` returns, so
/// nothing is lost when the daemon is killed.
final class StandardErrorWriter: Sendable {
    /// The process's one writer.
    static let shared = StandardErrorWriter()

    private let lock = Mutex(())

    private init() {}

    /// Writes `line` followed by a newline. Errors (stderr closed, disk full) are dropped: a log line is
    /// never worth failing the caller for.
    func write(line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        lock.withLock { _ in
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let remaining = buffer.count - offset
                    let written = systemWrite(STDERR_FILENO, buffer.baseAddress?.advanced(by: offset), remaining)
                    if written > 0 {
                        offset += written
                    } else if written < 0 && errno == EINTR {
                        continue
                    } else {
                        return
                    }
                }
            }
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
