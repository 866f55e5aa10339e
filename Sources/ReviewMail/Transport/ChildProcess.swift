#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// How a child process ended.
enum ChildEnding: Sendable, Hashable {
    case exited(Int32)
    /// Killed by a signal it was not sent by us.
    case signalled(Int32)
    /// Still running at the deadline, so killed (`SIGKILL`).
    case timedOut
    /// Could not be started (no such file, not executable): the system's reason.
    case failedToStart(String)
}

/// What ``ChildProcess/run(_:arguments:input:timeout:)`` saw: how the child ended and its standard error's
/// first line (trimmed, at most 200 characters).
struct ChildOutcome: Sendable, Hashable {
    var ending: ChildEnding
    var firstErrorLine: String
}

/// Runs one program with bytes on its standard input and a deadline, without a shell (arguments are an
/// array, never a command line) and without holding a thread of Swift's cooperative pool: the waiting is
/// done on Dispatch threads.
///
/// It exists for ``SendmailTransport``: `sendmail` may hang on a dead relay, so the child is killed at the
/// deadline, and only the first line of its standard error is kept (it goes into logs and the outbox).
enum ChildProcess {
    /// How much of standard error is kept while draining it.
    static let errorBytesKept = 4096

    static func run(_ executable: String, arguments: [String], input: [UInt8],
                    timeout: Duration) async -> ChildOutcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: runBlocking(executable, arguments: arguments, input: input,
                                                           timeout: timeout))
            }
        }
    }

    private static func runBlocking(_ executable: String, arguments: [String], input: [UInt8],
                                    timeout: Duration) -> ChildOutcome {
        ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            return ChildOutcome(ending: .failedToStart(EMLFileWriter.reason(of: error)), firstErrorLine: "")
        }
        let streams = DispatchGroup()
        let writer = stdin.fileHandleForWriting
        DispatchQueue.global().async(group: streams) {
            // A child that exits without reading gives EPIPE (SIGPIPE is ignored): its exit code tells why.
            try? writer.write(contentsOf: input)
            try? writer.close()
        }
        let collected = ErrorCollector()
        let reader = stderr.fileHandleForReading
        DispatchQueue.global().async(group: streams) { collected.drain(reader) }

        var timedOut = false
        if exited.wait(timeout: .now() + dispatchInterval(timeout)) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        // Standard error ends when the child exits, unless a grandchild keeps it open: then do not wait for
        // ever. Five seconds, not one: a loaded machine can take more than a second to schedule the reader
        // (seen in CI: the exit-75 reason lost).
        _ = streams.wait(timeout: .now() + .seconds(5))
        let line = collected.firstLine
        if timedOut { return ChildOutcome(ending: .timedOut, firstErrorLine: line) }
        switch process.terminationReason {
        case .exit: return ChildOutcome(ending: .exited(process.terminationStatus), firstErrorLine: line)
        case .uncaughtSignal: return ChildOutcome(ending: .signalled(process.terminationStatus), firstErrorLine: line)
        @unknown default: return ChildOutcome(ending: .exited(process.terminationStatus), firstErrorLine: line)
        }
    }

    private static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return .milliseconds(Int(clamping: max(0, millis)))
    }

    /// Writing to a child that has exited must be an error, not the death of the daemon.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()
}

/// Reads a child's standard error to its end, keeping the first few kilobytes.
private final class ErrorCollector: Sendable {
    private let bytes = Mutex<[UInt8]>([])

    func drain(_ handle: FileHandle) {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            bytes.withLock { kept in
                if kept.count < ChildProcess.errorBytesKept {
                    kept += chunk.prefix(ChildProcess.errorBytesKept - kept.count)
                }
            }
        }
        try? handle.close()
    }

    /// The first non-empty line, trimmed, at most 200 characters.
    var firstLine: String {
        let text = bytes.withLock { String(decoding: $0, as: UTF8.self) }
        let line = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? ""
        return String(line.prefix(200))
    }
}
