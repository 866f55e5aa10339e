import Dispatch
public import Foundation
import Synchronization

/// A ``WakeTimer`` on one `DispatchSourceTimer` armed against the wall clock (`DispatchWallTime`), so a
/// deadline set for local midnight still fires at that instant after a suspend or a clock change.
/// The source and the waiting continuation sit behind one mutex; the timer's handler only resumes the
/// continuation.
public final class DispatchWakeTimer: WakeTimer {
    private struct State {
        let timer: any DispatchSourceTimer
        var continuation: CheckedContinuation<WakeReason, Never>?
        var pendingInterrupt = false
    }

    private let state: Mutex<State>

    public init() {
        state = Mutex(State(timer: DispatchSource.makeTimerSource(queue: DispatchQueue(label: "ehc-review.wake-timer"))))
        state.withLock { state in
            state.timer.schedule(wallDeadline: .distantFuture)
            state.timer.setEventHandler { [weak self] in self?.finish(.fired) }
            state.timer.resume()
        }
    }

    deinit {
        state.withLock { state in
            state.timer.setEventHandler {}
            state.timer.cancel()
        }
    }

    public func sleep(until deadline: Date?) async -> WakeReason {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<WakeReason, Never>) in
                let immediate: WakeReason? = state.withLock { state in
                    if Task.isCancelled { return .cancelled }
                    if state.pendingInterrupt {
                        state.pendingInterrupt = false
                        return .interrupted
                    }
                    state.continuation = continuation
                    state.timer.schedule(wallDeadline: deadline.map(Self.wallTime(of:)) ?? .distantFuture)
                    return nil
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            finish(.cancelled)
        }
    }

    public func interrupt() {
        let continuation = state.withLock { state -> CheckedContinuation<WakeReason, Never>? in
            guard let waiting = state.continuation else {
                state.pendingInterrupt = true
                return nil
            }
            state.continuation = nil
            return waiting
        }
        continuation?.resume(returning: .interrupted)
    }

    private func finish(_ reason: WakeReason) {
        let continuation = state.withLock { state -> CheckedContinuation<WakeReason, Never>? in
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(returning: reason)
    }

    /// The wall-clock instant of `date` for `DispatchSourceTimer.schedule(wallDeadline:)`: an offset from
    /// the wall clock's now, which Dispatch keeps tied to the wall clock (not to uptime) while it waits.
    static func wallTime(of date: Date) -> DispatchWallTime {
        DispatchWallTime.now() + date.timeIntervalSinceNow
    }
}
