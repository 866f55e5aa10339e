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
