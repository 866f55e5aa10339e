import Synchronization

/// Holds READY=1 back until every part that must be up (the admin socket) says so, or one says it cannot.
public final class ReadinessGate: Sendable {
    public enum Outcome: Sendable, Equatable {
        case ready
        case failed(String)
    }

    private struct State {
        var outcome: Outcome?
        var waiters: [CheckedContinuation<Outcome, Never>] = []
    }

    private let state = Mutex(State())

    /// A gate already open (nothing to wait for).
    public static func open() -> ReadinessGate {
        let gate = ReadinessGate()
        gate.open()
        return gate
    }

    public init() {}

    public func open() { finish(.ready) }

    public func fail(_ reason: String) { finish(.failed(reason)) }

    /// The outcome, once there is one. A cancelled waiter (the service group stopping because another
    /// service failed) gets `.failed` at once rather than holding the shutdown up for ever.
    public func wait() async -> Outcome {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let outcome = state.withLock { state -> Outcome? in
                    if let outcome = state.outcome { return outcome }
                    if Task.isCancelled { return .failed("stopped before the daemon was ready") }
                    state.waiters.append(continuation)
                    return nil
                }
                if let outcome { continuation.resume(returning: outcome) }
            }
        } onCancel: {
            cancelWaiters()
        }
    }

    private func cancelWaiters() {
        let waiters = state.withLock { state -> [CheckedContinuation<Outcome, Never>] in
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: .failed("stopped before the daemon was ready")) }
    }

    private func finish(_ outcome: Outcome) {
        let waiters = state.withLock { state -> [CheckedContinuation<Outcome, Never>] in
            guard state.outcome == nil else { return [] }
            state.outcome = outcome
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: outcome) }
    }
}
