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

    public init(planID: PlanID?, reviewID: ReviewID? = nil, professionalID: ProfessionalID?, recipient: EmailAddress,
                kind: NoticeKind, planVersion: Int? = nil, payload: String = "{}", document: PlanDocument? = nil,
                documentDelivery: DocumentDelivery? = nil) {
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
