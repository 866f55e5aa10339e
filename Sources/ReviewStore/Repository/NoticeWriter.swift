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
    /// The local day, for who in the family is told (``FamilyRecipients``); `nil`: the family is not told.
    var today: CivilDate?
    /// `family.iass_contact`, quoted to families.
    var iassContact: String?

    /// The notices `cause` calls for on plan `planID`: the professionals' and the family's.
    func write(_ db: Database, planID: PlanID, cause: NoticeCause) throws {
        guard let plan = try ReviewStore.fetchPlan(db, planID),
              let child = try ReviewStore.fetchChild(db, plan.childID) else { return }
        let contributors = try ReviewStore.fetchContributors(db, planID).map(\.professional)
        let contact = NoticeRecipients.contact(contributors)
        if let today {
            try writeFamily(db, plan: plan, child: child, cause: cause, contact: contact, today: today)
        }
        let drafts = NoticePolicy.drafts(for: cause, contributors: contributors)
        guard drafts.contains(where: { !$0.recipients.isEmpty }) else { return }
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

    /// The family's messages (``FamilyNoticePolicy``) to each contact ``FamilyRecipients`` chooses: an email,
    /// or a letter to print for a contact without one. A family is never sent a professional's address but
    /// the caseworker's, and a family's details never go into a professional's message.
    private func writeFamily(_ db: Database, plan: Plan, child: Child, cause: NoticeCause, contact: String?,
                             today: CivilDate) throws {
        let recipients = FamilyRecipients.choose(try ReviewStore.fetchContacts(db, child.id), child: child.facts, on: today)
        guard !recipients.isEmpty else { return }
        let updated = try ReviewStore.familyUpdateSent(db, planID: plan.id,
                                                       since: now.addingTimeInterval(-Double(FamilyNoticePolicy.updateIntervalDays) * 86_400))
        let drafts = FamilyNoticePolicy.drafts(for: cause, updatedInLastWeek: updated)
        guard !drafts.isEmpty else { return }
        let label = ChildNaming.label(givenName: child.givenName, familyName: child.familyName, fullNames: fullNames)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var notices: [NewNotice] = []
        for draft in drafts {
            for person in recipients {
                let content = draft.content(for: person, planReference: plan.reference, childLabel: label,
                                            childName: child.givenName, contact: contact, iassContact: iassContact)
                let payload = String(decoding: try encoder.encode(content), as: UTF8.self)
                if let email = person.email {
                    notices.append(NewNotice(planID: plan.id, reviewID: draft.reviewID, professionalID: nil, recipient: email,
                                             kind: draft.kind, planVersion: draft.planVersion, payload: payload,
                                             contactID: person.id))
                } else {
                    try ReviewStore.insertLetter(db, contactID: person.id, planID: plan.id, kind: draft.kind,
                                                 planVersion: draft.planVersion, payload: payload, now: now)
                }
            }
        }
        _ = try ReviewStore.insertNotices(db, notices, now: now)
    }
}
