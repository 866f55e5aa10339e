import Foundation
import ReviewAPI
import ReviewCore
import ReviewStore

/// `POST /v1/digest/run` until the digest itself lands (issue 6): the counts and the most late items as of
/// a date. A dry run returns them; a real run records an extra (manual) digest run — it never replaces the
/// day's scheduled one — and queues a `digest` notice to each of `digest.recipients`.
enum DigestPreview {
    struct Summary: Codable, Sendable {
        var date: CivilDate
        var dryRun: Bool
        var lateCount: Int
        var late: [DeadlineView]
        var queuedNotices: [Int64]
    }

    static func run(_ request: DigestRunRequest, env: AdminEnvironment, actor: AuditActor) async throws -> APIReply {
        let date = request.date ?? env.today
        let late = try await env.store.lateDeadlines(asOf: date, limit: 50)
        var summary = Summary(date: date, dryRun: request.dryRun ?? false,
                              lateCount: try await env.store.lateDeadlineCount(asOf: date),
                              late: late.map { DeadlineView($0.deadline, planId: $0.planID.rawValue, reference: $0.reference) },
                              queuedNotices: [])
        guard !summary.dryRun else { return try APIReply(summary) }
        let payload = String(decoding: try APICoding.encoder().encode(["date": date.description,
                                                                      "late_count": String(summary.lateCount)]), as: UTF8.self)
        let notices = env.live.value.digest.recipients.map {
            NewNotice(planID: nil, professionalID: nil, recipient: $0, kind: .digest, payload: payload)
        }
        summary.queuedNotices = try await env.store.enqueue(notices).map(\.rawValue)
        try await env.store.recordManualDigest(for: date, summary: payload)
        try await env.store.appendAudit(action: "digest.run", entity: "digest", summary: "extra digest for \(date)", by: actor)
        return try APIReply(summary, status: 202)
    }
}
