/// Where a page of the late list ended: the last deadline's due date, plan and key, in the list's order
/// (most late first, then plan, then key). The next page starts after it, so reading the whole list is one
/// index range walked once, not a walk over every earlier page for every page (`OFFSET`).
///
/// Its text form (`2026-03-13.42.annual_review@2025-03-14`) goes in the `cursor` query parameter of the
/// next page's `Link`; keys contain no spaces and are only ever compared, never parsed further.
public struct LateCursor: Sendable, Hashable, CustomStringConvertible {
    public let dueOn: CivilDate
    public let planID: PlanID
    public let key: String

    public init(dueOn: CivilDate, planID: PlanID, key: String) {
        self.dueOn = dueOn
        self.planID = planID
        self.key = key
    }

    public var description: String { "\(dueOn).\(planID.rawValue).\(key)" }

    /// The cursor `text` names, or `nil` when it is not one.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let due = try? CivilDate(iso: String(parts[0])), let plan = Int64(parts[1]), plan > 0,
              !parts[2].isEmpty
        else { return nil }
        self.init(dueOn: due, planID: PlanID(plan), key: String(parts[2]))
    }
}
