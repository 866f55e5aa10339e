import Foundation
import GRDB
import ReviewCore

/// Writes the notices an event causes, inside the event's own transaction (the transactional outbox):
/// either the event and all its notices are recorded, or neither. Who is told what is the core's
/// ``NoticePolicy``; this only fetches what it needs (the plan's contributors) and writes its drafts, one
/// row per recipient, with the plan's reference, the child's label and the contact line.
struct NoticeWriter {
    let now: Date
    /// The child in full (`mail.full_names`) instead of initials.
    var fullNames = false
    /// How a version's document reaches each recipient (`mail.secure_domains`, …).
    var documents: DocumentPolicy = .standard

    /// The notices `cause` calls for on plan `planID`.
    func write(_ db: Database, planID: PlanID, cause: NoticeCause) throws {
        guard let plan = try ReviewStore.fetchPlan(db, planID),
              let child = try ReviewStore.fetchChild(db, plan.childID) else { return }
        let contributors = try ReviewStore.fetchContributors(db, planID).map(\.professional)
        let drafts = NoticePolicy.drafts(for: cause, contributors: contributors)
        guard drafts.contains(where: { !$0.recipients.isEmpty }) else { return }
        let contact = NoticeRecipients.contact(contributors)
        let label = ChildNaming.label(givenName: child.givenName, familyName: child.familyName, fullNames: fullNames)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let notices = try drafts.flatMap { draft in
            try draft.recipients.map { professional -> NewNotice in
                let content = draft.content(for: professional, planReference: plan.reference, childLabel: label,
                                            contact: contact, documents: documents)
                return NewNotice(planID: planID, reviewID: draft.reviewID, professionalID: professional.id,
                                 recipient: professional.email, kind: draft.kind, planVersion: content.planVersion,
                                 payload: String(decoding: try encoder.encode(content), as: UTF8.self),
                                 document: content.document?.planDocument, documentDelivery: content.document?.delivery)
            }
        }
        _ = try ReviewStore.insertNotices(db, notices, now: now)
    }
}
