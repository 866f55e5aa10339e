import Dispatch
import Foundation
import Logging
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Synchronization

/// Reads the transitions the store recorded since the last drain, keeping its place by row id.
final class TransitionLog: Sendable {
    private let seen = Mutex<Int64?>(nil)

    func drain(_ store: ReviewStore) async throws -> [DeadlineTransition] {
        let rows = try await store.transitions(recordedAfter: seen.withLock { $0 })
        if let last = rows.last?.id { seen.withLock { $0 = last } }
        return rows.map(\.transition)
    }
}

/// A logger that prints nothing, for tests that are not about logging.
let quietLogger: Logger = {
    var logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
    logger.logLevel = .critical
    return logger
}()

/// `instant("2026-03-29T00:00:00Z")`: an RFC 3339 literal for tests.
func instant(_ text: String) -> Date {
    guard let date = ISO8601DateFormatter().date(from: text) else {
        preconditionFailure("test literal \(text) is not RFC 3339")
    }
    return date
}

let londonCalendar = LocalCalendar(timeZone: london)

/// Runs blocking work (waiting for a child process, a socket read, curl) on a Dispatch thread, so that it
/// never holds one of the few threads of Swift's cooperative pool that other tests are running on.
func offThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
