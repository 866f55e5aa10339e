import Foundation
import ReviewAPI
import ReviewCore
import ReviewMail
import ReviewStore

/// `POST /v1/digest/run`: the team's digest on demand. A dry run returns what it would say (its subject,
/// counts and text) and records nothing; a real run records an extra (manual) digest — it never replaces
/// the day's scheduled one — queues it to each of `digest.recipients`, and is audited.
enum DigestRunRoute {
    static func run(_ request: DigestRunRequest, env: AdminEnvironment, actor: AuditActor) async throws -> APIReply {
        let date = request.date ?? env.today
        try PlausibleDates.day(date, field: "date", today: env.today)
        let recipients = env.live.value.digest.recipients
        if request.dryRun ?? false {
            let report = try await env.store.digestReport(for: date)
            let personal = try await env.store.personalDigests(for: date)
            let preview = DigestPreviewText(report, settings: env.store.settings, planLink: env.live.value.links.planURL)
            return try APIReply(view(report, subject: preview.subject, recipients: recipients, dryRun: true,
                                     personal: personal.count, text: preview.text))
        }
        let outcome = try await env.store.recordExtraDigest(for: date, recipients: recipients, by: actor)
        var view = view(outcome.report, subject: DigestPreviewText(outcome.report, settings: env.store.settings, planLink: env.live.value.links.planURL).subject,
                        recipients: recipients, dryRun: false, personal: nil, text: nil)
        view.runId = outcome.run.id
        view.queuedNotices = outcome.teamNotices.map(\.rawValue)
        return try APIReply(view, status: 202)
    }

    private static func view(_ report: DigestReport, subject: String, recipients: [EmailAddress], dryRun: Bool,
                             personal: Int?, text: String?) -> DigestRunView {
        DigestRunView(date: report.date, dryRun: dryRun, subject: subject,
                      lateReviews: report.counts.lateReviews, lateSteps: report.counts.lateSteps,
                      dueSoon: report.counts.dueSoon, undeliveredNotices: report.counts.undelivered,
                      deadNotices: report.counts.dead, recipients: recipients.map(\.value), text: text,
                      personalDigests: personal)
    }
}
