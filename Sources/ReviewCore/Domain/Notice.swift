public import Foundation

/// Why a notice is sent; the raw value is the `X-EHC-Event` header recipients filter on.
public enum NoticeKind: String, Sendable, Hashable, Codable, CaseIterable {
    case draftIssued = "draft_issued"
    case finalIssued = "final_issued"
    case amendmentProposed = "amendment_proposed"
    case amendedFinalIssued = "amended_final_issued"
    case ceased
    /// A contributor who joined after the current version was issued gets that version.
    case currentVersion = "current_version"
    case reviewScheduled = "review_scheduled"
    case reviewMoved = "review_moved"
    case reviewCancelled = "review_cancelled"
    case adviceRequested = "advice_requested"
    case adviceReminder = "advice_reminder"
    case adviceMissed = "advice_missed"
    case reportCirculated = "report_circulated"
    case decisionIssued = "decision_issued"
    case deadlineLate = "deadline_late"
    case digest
    case personalDigest = "personal_digest"
    // To the family (issue 15; DESIGN §4 "Families"): what the law says they must be told, in plain words.
    /// The invitation to the review meeting (Reg 20(2)(a), (3)).
    case familyInvitation = "family_invitation"
    case familyMeetingChanged = "family_meeting_changed"
    case familyMeetingCancelled = "family_meeting_cancelled"
    /// The request for the child's and the family's views, with the date (Reg 19).
    case familyViewsRequested = "family_views_requested"
    case familyViewsReminder = "family_views_reminder"
    /// The advice gathered, circulated (Reg 20(4)).
    case familyAdviceCirculated = "family_advice_circulated"
    /// The review report (Reg 20(7)).
    case familyReport = "family_report"
    /// The decision, with the right of appeal, mediation and the local information service (Reg 20(10)).
    case familyDecision = "family_decision"
    /// Proposed amendments, with the 15 days for representations and the right to ask for a school (Reg 22(2)).
    case familyAmendmentProposed = "family_amendment_proposed"
    /// The final amended plan (Reg 22(3)).
    case familyAmendedFinal = "family_amended_final"
    /// The plan ceased (Reg 31).
    case familyCeased = "family_ceased"
    /// Something the family waits on is late: what, since when, what next, who to contact.
    case familyUpdate = "family_update"

    /// Whether the message is to the family rather than to a professional.
    public var isFamily: Bool { rawValue.hasPrefix("family_") }
}

/// Where a notice is in the outbox. A notice is `queued` when written, `sending` while a dispatcher holds
/// it, then `sent`; a temporary failure makes it `failed` until its next attempt, and after the last
/// attempt (or at once on a permanent failure) it is `dead`: kept, listed, retryable by an admin.
public enum NoticeState: String, Sendable, Hashable, Codable, CaseIterable {
    case queued
    case sending
    case sent
    case failed
    case dead
}

/// A notice to be written to the outbox in the same transaction as the event that causes it.
public struct NewNotice: Sendable, Hashable {
    public var planID: PlanID?
    public var reviewID: ReviewID?
    public var professionalID: ProfessionalID?
    public var recipient: EmailAddress
    public var kind: NoticeKind
    public var planVersion: Int?
    /// What the message builder needs, as JSON (never secrets; personal data kept to the minimum).
    public var payload: String
    /// The plan document the notice carries, and how (for the distribution record).
    public var document: PlanDocument?
    public var documentDelivery: DocumentDelivery?
    /// The family contact a family's message is for.
    public var contactID: ContactID?

    public init(planID: PlanID?, reviewID: ReviewID? = nil, professionalID: ProfessionalID?, recipient: EmailAddress,
                kind: NoticeKind, planVersion: Int? = nil, payload: String = "{}", document: PlanDocument? = nil,
                documentDelivery: DocumentDelivery? = nil, contactID: ContactID? = nil) {
        self.contactID = contactID
        self.document = document
        self.documentDelivery = documentDelivery
        self.planID = planID
        self.reviewID = reviewID
        self.professionalID = professionalID
        self.recipient = recipient
        self.kind = kind
        self.planVersion = planVersion
        self.payload = payload
    }
}

/// A notice in the outbox.
public struct Notice: Sendable, Hashable, Codable {
    public var id: NoticeID
    public var planID: PlanID?
    public var reviewID: ReviewID?
    public var professionalID: ProfessionalID?
    public var recipient: EmailAddress
    public var kind: NoticeKind
    public var planVersion: Int?
    public var payload: String
    public var state: NoticeState
    public var attempts: Int
    public var nextAttemptAt: Date?
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?

    public init(id: NoticeID, planID: PlanID?, reviewID: ReviewID?, professionalID: ProfessionalID?,
                recipient: EmailAddress, kind: NoticeKind, planVersion: Int?, payload: String, state: NoticeState,
                attempts: Int, nextAttemptAt: Date?, lastError: String?, createdAt: Date, sentAt: Date?) {
        self.id = id
        self.planID = planID
        self.reviewID = reviewID
        self.professionalID = professionalID
        self.recipient = recipient
        self.kind = kind
        self.planVersion = planVersion
        self.payload = payload
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}
