public import Foundation
public import Logging
public import ReviewCore
public import ReviewStore

/// Turns the passing of local midnights into recorded deadline transitions: when a day starts, every
/// deadline that turns `due_soon` or `late` that day is recorded once, with that date. Its next wake is
/// the local midnight that starts the next day on which some open deadline changes state.
public struct DeadlineTransitionSource: WakeSource {
    public let name = "deadline transitions"
    let store: ReviewStore
    let calendar: LocalCalendar
    let logger: Logger

    public init(store: ReviewStore, calendar: LocalCalendar, logger: Logger) {
        self.store = store
        self.calendar = calendar
        self.logger = logger
    }

    public func wake(now: Date) async throws {
        let today = calendar.civilDate(of: now)
        let recorded = try await ProcessTransitions(store)(through: today)
        guard !recorded.isEmpty else { return }
        let late = recorded.filter { $0.state == .late }.count
        logger.notice("deadlines changed state", metadata: [
            "through": "\(today)", "late": "\(late)", "due_soon": "\(recorded.count - late)",
        ])
    }

    public func nextWake(after now: Date) async throws -> Date? {
        let today = calendar.civilDate(of: now)
        return try await store.nextStateChange(after: today).map { calendar.startOfDay($0) }
    }
}
