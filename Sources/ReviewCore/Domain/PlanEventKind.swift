/// Something that happened to a plan as a document: each issue of a draft, final or amended final
/// is a new version that every contributor must receive.
public enum PlanEventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case draftIssued = "draft_issued"
    case finalIssued = "final_issued"
    case amendmentProposed = "amendment_proposed"
    case amendedFinalIssued = "amended_final_issued"
    /// After proposing amendments, the authority decided not to amend after all (SEND Regs 2014 reg 22(4)):
    /// the plan stays as it was, and no amended final is owed.
    case decidedNotToAmend = "decided_not_to_amend"
    case ceased

    /// Whether the event issues a new version of the plan document.
    public var issuesVersion: Bool {
        switch self {
        case .draftIssued, .finalIssued, .amendmentProposed, .amendedFinalIssued: return true
        case .decidedNotToAmend, .ceased: return false
        }
    }
}

/// A dated plan event, as the rules see it.
public struct PlanEvent: Sendable, Hashable, Codable {
    public var kind: PlanEventKind
    public var on: CivilDate

    public init(kind: PlanEventKind, on: CivilDate) {
        self.kind = kind
        self.on = on
    }
}
