import Foundation
import Hummingbird
import Prometheus
import ReviewAPI
import ReviewCore
import ReviewStore

/// `GET /v1/status` and `GET /metrics`.
enum StatusRoutes {
    static func add(to router: AdminRouter, _ env: AdminEnvironment) {
        let metrics = AdminMetrics()
        router.get("/v1/status") { _, context in
            try await env.read(context) { try APIReply(try await status(env)) }
        }
        router.get("/metrics") { _, context in
            try await env.read(context) {
                let status = try await status(env)
                return APIReply(status: 200, body: metrics.render(status), contentType: "text/plain; version=0.0.4")
            }
        }
    }

    static func status(_ env: AdminEnvironment) async throws -> StatusView {
        let today = env.today
        let counts = try await env.store.noticeCounts()
        let last = try await env.store.lastDigest(kind: .scheduled)
        let config = env.live.value
        let schedule = DigestSchedule(at: config.digest.at, calendar: env.calendar)
        let nextDigest = schedule.nextMoment(after: env.clock.now(),
                                             lastRecorded: try await env.store.lastScheduledDigestDate())
        return StatusView(
            version: DaemonVersion.string, plans: try await env.store.planCount(),
            lateDeadlines: try await env.store.lateDeadlineCount(asOf: today),
            nextTimer: env.nextWake()?.formatted(.iso8601),
            outbox: Dictionary(uniqueKeysWithValues: NoticeState.allCases.map { ($0.rawValue, counts[$0] ?? 0) }),
            lastDigest: last?.startedAt.formatted(.iso8601), nextDigest: nextDigest.formatted(.iso8601), today: today)
    }
}

/// The Prometheus gauges of `GET /metrics`, set from the status on each scrape.
final class AdminMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let plans: Gauge
    let late: Gauge
    let notices: [String: Gauge]

    init() {
        let registry = registry
        func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "ehc_review", metricName: metric, unitName: unit, helpText: help)
        }
        plans = registry.makeGauge(descriptor: name("plans", "count", "EHC plans held"))
        late = registry.makeGauge(descriptor: name("late_deadlines", "count", "Statutory deadlines late today"))
        notices = Dictionary(uniqueKeysWithValues: NoticeState.allCases.map {
            ($0.rawValue, registry.makeGauge(descriptor: name("notices", "count", "Notices in the outbox by state"),
                                             labels: [("state", $0.rawValue)]))
        })
    }

    func render(_ status: StatusView) -> Data {
        plans.set(Double(status.plans))
        late.set(Double(status.lateDeadlines))
        for (state, count) in status.outbox { notices[state]?.set(Double(count)) }
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return Data(buffer)
    }
}
