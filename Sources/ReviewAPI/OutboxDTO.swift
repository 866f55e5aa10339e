import Foundation
public import ReviewCore

/// A notice in the outbox, as `GET /v1/notices` shows it.
public struct NoticeView: Codable, Sendable, Hashable {
    public var id: Int64
    public var planId: Int64?
    public var reviewId: Int64?
    public var professionalId: Int64?
    public var recipient: String
    public var kind: NoticeKind
    public var planVersion: Int?
    public var state: NoticeState
    public var attempts: Int
    public var nextAttemptAt: String?
    public var lastError: String?
    public var createdAt: String
    public var sentAt: String?

    /// The view of an outbox row, the one place where a notice becomes JSON.
    public init(_ notice: Notice) {
        id = notice.id.rawValue
        planId = notice.planID?.rawValue
        reviewId = notice.reviewID?.rawValue
        professionalId = notice.professionalID?.rawValue
        recipient = notice.recipient.value
        kind = notice.kind
        planVersion = notice.planVersion
        state = notice.state
        attempts = notice.attempts
        nextAttemptAt = notice.nextAttemptAt?.formatted(.iso8601)
        lastError = notice.lastError
        createdAt = notice.createdAt.formatted(.iso8601)
        sentAt = notice.sentAt?.formatted(.iso8601)
    }
}

/// One line of the audit log.
public struct AuditView: Codable, Sendable, Hashable {
    public var id: Int64
    public var at: String
    public var uid: UInt32
    public var userName: String
    public var via: String
    public var action: String
    public var entity: String
    public var entityId: Int64?
    public var summary: String
    /// How many events the line stands for (refused writes are counted per caller and minute); 1 otherwise.
    public var count: Int

    public init(id: Int64, at: String, uid: UInt32, userName: String, via: String, action: String, entity: String,
                entityId: Int64?, summary: String, count: Int = 1) {
        self.id = id
        self.at = at
        self.uid = uid
        self.userName = userName
        self.via = via
        self.action = action
        self.entity = entity
        self.entityId = entityId
        self.summary = summary
        self.count = count
    }
}

/// `GET /v1/status`.
public struct StatusView: Codable, Sendable, Hashable {
    public var version: String
    public var plans: Int
    public var lateDeadlines: Int
    public var nextTimer: String?
    public var outbox: [String: Int]
    public var lastDigest: String?
    public var nextDigest: String?
    public var today: CivilDate

    public init(version: String, plans: Int, lateDeadlines: Int, nextTimer: String?, outbox: [String: Int],
                lastDigest: String?, nextDigest: String?, today: CivilDate) {
        self.version = version
        self.plans = plans
        self.lateDeadlines = lateDeadlines
        self.nextTimer = nextTimer
        self.outbox = outbox
        self.lastDigest = lastDigest
        self.nextDigest = nextDigest
        self.today = today
    }
}

/// One row of `GET /v1/plans/{id}/distribution`: did this contributor get this version of the plan?
public struct DistributionView: Codable, Sendable, Hashable {
    /// A professional's row has these five; a family's row (`audience: family`) has none of them.
    public var professionalId: Int64?
    public var name: String
    public var role: ProfessionalRole?
    public var service: ServiceArea?
    public var active: Bool
    public var planVersion: Int?
    public var event: PlanEventKind?
    public var issuedOn: CivilDate?
    /// `none` when no notice was written (a professional who joined later, or before notices existed).
    public var noticeState: String
    public var noticeId: Int64?
    public var sentAt: String?
    public var lastError: String?
    /// With `notice_state` `none`: why (`joined_after_this_version`, `inactive`, `recorded_without_notices`).
    public var notSent: NotSentReason?
    /// The plan document the notice carried (its SHA-256) and how: `attached`, `linked` or `on_request`.
    public var documentSha256: String?
    public var documentDelivery: DocumentDelivery?
    /// `family` for a message to the child's family (issue 15): then `contact_id`, `relationship`, `kind` and
    /// `via` (`email` or `letter`) say who was told what and how; `notice_state` is the email's state, or
    /// `to_print` / `posted` for a letter.
    public var audience: String?
    public var contactId: Int64?
    public var relationship: ContactRelationship?
    public var kind: NoticeKind?
    public var via: String?

    /// A message to the family about the plan.
    public init(family name: String, contactId: Int64?, relationship: ContactRelationship?, active: Bool, kind: NoticeKind,
                planVersion: Int?, via: String, state: String, at: String?, lastError: String?) {
        self.name = name
        self.active = active
        self.planVersion = planVersion
        noticeState = state
        sentAt = at
        self.lastError = lastError
        audience = "family"
        self.contactId = contactId
        self.relationship = relationship
        self.kind = kind
        self.via = via
    }

    public init(professionalId: Int64, name: String, role: ProfessionalRole, service: ServiceArea, active: Bool,
                planVersion: Int, event: PlanEventKind, issuedOn: CivilDate, noticeState: String, noticeId: Int64?,
                sentAt: String?, lastError: String?, notSent: NotSentReason? = nil, documentSha256: String? = nil,
                documentDelivery: DocumentDelivery? = nil) {
        self.notSent = notSent
        self.documentSha256 = documentSha256
        self.documentDelivery = documentDelivery
        self.professionalId = professionalId
        self.name = name
        self.role = role
        self.service = service
        self.active = active
        self.planVersion = planVersion
        self.event = event
        self.issuedOn = issuedOn
        self.noticeState = noticeState
        self.noticeId = noticeId
        self.sentAt = sentAt
        self.lastError = lastError
    }
}
