import Foundation
import GRDB
import ReviewCore

/// Writes the notices an event causes, inside the event's own transaction (the transactional outbox):
/// either the event and all its notices are recorded, or neither.
struct NoticeWriter {
    let now: Date
    /// The child in full (`mail.full_names`) instead of initials.
    var fullNames = false

    /// One notice of `kind` to each of `recipients`, about plan `planID`.
    func write(_ db: Database, planID: PlanID, kind: NoticeKind, to recipients: (_ contributors: [Professional]) -> [Professional],
               reviewID: ReviewID? = nil, fill: (inout NoticeContent) -> Void = { _ in }) throws {
        guard let plan = try ReviewStore.fetchPlan(db, planID),
              let child = try ReviewStore.fetchChild(db, plan.childID) else { return }
        let contributors = try ReviewStore.fetchContributors(db, planID).map(\.professional)
        let contact = NoticeRecipients.contact(contributors)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let notices = try recipients(contributors).map { professional -> NewNotice in
            var content = NoticeContent(kind: kind, planReference: plan.reference, childLabel: ChildNaming.label(givenName: child.givenName, familyName: child.familyName, fullNames: fullNames),
                                        recipientName: professional.name, recipientRole: professional.role,
                                        contact: contact)
            fill(&content)
            return NewNotice(planID: planID, reviewID: reviewID, professionalID: professional.id,
                             recipient: professional.email, kind: kind, planVersion: content.planVersion,
                             payload: String(decoding: try encoder.encode(content), as: UTF8.self))
        }
        _ = try ReviewStore.insertNotices(db, notices, now: now)
    }
}
