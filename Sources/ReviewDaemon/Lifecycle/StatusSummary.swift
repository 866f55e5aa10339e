import ReviewCore
import ReviewStore

/// The one line `systemctl status` shows (`STATUS=`): how many plans are watched and how many deadlines
/// are late, so an admin sees at a glance that the daemon holds the authority's data.
struct StatusSummary: Sendable {
    var plans: Int
    var late: Int

    var line: String { "Watching \(plans) plans; \(late) statutory deadlines late" }

    static func read(from store: ReviewStore, today: CivilDate) async throws -> StatusSummary {
        StatusSummary(plans: try await store.planCount(), late: try await store.lateDeadlineCount(asOf: today))
    }
}
