public import Foundation

/// A professional's place on a plan: they receive every notice of the plan while active.
public struct Contributor: Sendable, Hashable, Codable {
    public var planID: PlanID
    public var professional: Professional
    public var joinedAt: Date

    public init(planID: PlanID, professional: Professional, joinedAt: Date) {
        self.planID = planID
        self.professional = professional
        self.joinedAt = joinedAt
    }
}

/// A recorded plan event; events that issue a document carry the plan version they created (1, 2, …).
public struct PlanEventRecord: Sendable, Hashable, Codable {
    public var id: Int64
    public var planID: PlanID
    public var kind: PlanEventKind
    public var on: CivilDate
    public var version: Int?
    public var recordedAt: Date

    public init(id: Int64, planID: PlanID, kind: PlanEventKind, on: CivilDate, version: Int?, recordedAt: Date) {
        self.id = id
        self.planID = planID
        self.kind = kind
        self.on = on
        self.version = version
        self.recordedAt = recordedAt
    }
}

/// A review as stored: the meeting, the invitees (fixed when it is scheduled) and the steps so far.
/// `sequence` is the iCalendar SEQUENCE of the invitation, bumped whenever the meeting moves.
public struct Review: Sendable, Hashable, Codable {
    public var id: ReviewID
    public var planID: PlanID
    public var meetingOn: CivilDate
    public var sequence: Int
    public var invitees: [Invitee]
    public var steps: [ReviewStepRecord]

    public init(id: ReviewID, planID: PlanID, meetingOn: CivilDate, sequence: Int, invitees: [Invitee],
                steps: [ReviewStepRecord]) {
        self.id = id
        self.planID = planID
        self.meetingOn = meetingOn
        self.sequence = sequence
        self.invitees = invitees
        self.steps = steps
    }

    public var facts: ReviewFacts { ReviewFacts(id: id, meetingOn: meetingOn, invitees: invitees, steps: steps) }
}

/// Who made a change, as the audit log records it: the caller's uid and user name from the socket's peer
/// credentials, and the route or tool it came through.
public struct AuditActor: Sendable, Hashable, Codable {
    public var uid: UInt32
    public var userName: String
    public var via: String

    public init(uid: UInt32, userName: String, via: String) {
        self.uid = uid
        self.userName = userName
        self.via = via
    }
}

/// One line of the audit log.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var id: Int64
    public var at: Date
    public var actor: AuditActor
    public var action: String
    public var entity: String
    public var entityID: Int64?
    public var summary: String

    public init(id: Int64, at: Date, actor: AuditActor, action: String, entity: String, entityID: Int64?,
                summary: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.summary = summary
    }
}
