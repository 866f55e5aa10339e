public import Foundation

/// One line of the audit log.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var id: Int64
    public var at: Date
    public var actor: AuditActor
    public var action: String
    public var entity: String
    public var entityID: Int64?
    public var summary: String
    /// How many events the line stands for: refused writes are counted per caller and minute, so one line
    /// may stand for many attempts. 1 for everything else.
    public var count: Int

    public init(id: Int64, at: Date, actor: AuditActor, action: String, entity: String, entityID: Int64?,
                summary: String, count: Int = 1) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.summary = summary
        self.count = count
    }
}
