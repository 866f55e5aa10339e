import Synchronization

/// When a long answer last showed signs of life, for an idle timeout: a download may rightly take minutes,
/// but a daemon that stops sending for ``AdminClient/timeout`` has stopped.
final class ActivityClock: Sendable {
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    /// Nanoseconds from `started` to the last sign of life.
    private let last = Atomic<Int64>(0)

    init() {
        started = clock.now
    }

    /// Something arrived.
    func touch() {
        last.store(elapsedNanoseconds, ordering: .relaxed)
    }

    /// Returns only by throwing: ``ControlError/unreachable(path:reason:)`` once nothing has arrived for
    /// `idle`, or `CancellationError` when the download ends first.
    func watch(idle: Duration, path: String) async throws {
        let limit = idle.nanosecondsClamped
        while true {
            try await Task.sleep(for: min(idle, .seconds(1)))
            if elapsedNanoseconds - last.load(ordering: .relaxed) >= limit {
                throw ControlError.unreachable(path: path, reason: "nothing received for \(idle.spoken)")
            }
        }
    }

    private var elapsedNanoseconds: Int64 { (clock.now - started).nanosecondsClamped }
}
