public import Foundation

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
