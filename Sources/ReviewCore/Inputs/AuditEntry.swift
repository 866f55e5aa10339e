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
