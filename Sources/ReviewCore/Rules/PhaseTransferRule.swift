/// `phase_transfer`: before a child or young person moves between phases of education the plan must be
/// reviewed and any amendments made — before 15 February of the calendar year of the transfer (on or
/// before 14 February); before 31 March (on or before 30 March) for secondary school to post-16; and at
/// least five months before a move between post-16 institutions.
///
/// Source: SEND Regulations 2014 reg 18; phases as defined in reg 2(1). The transfers are the child's
/// defaults (into Reception, Year 7 and Year 12, from the year group) and the plan's `next_transfer`,
/// which replaces a default in the same calendar year. Only transfers whose date to meet falls on or
/// after the first issue of the plan count: before that there was no plan to amend. Done by the first
/// amended final, or decision to maintain, in the twelve months before the transfer.
public struct PhaseTransferRule: DeadlineRule {
    public let id = RuleID.phaseTransfer
    public let statutory = true
    public let source = "SEND Regs 2014 reg 18, reg 2(1)"

    public init() {}

    /// The last day by which the plan must be reviewed and amended for `transfer`.
    public static func due(for transfer: PhaseTransfer) -> CivilDate {
        switch transfer.kind {
        case .post16Move:
            return transfer.on.adding(months: -5)
        case .secondaryToPost16:
            return CivilDate(unchecked: transfer.on.year, 3, 30)
        case .earlyYearsToSchool, .infantToJunior, .primaryToMiddle, .primaryToSecondary, .middleToSecondary:
            return CivilDate(unchecked: transfer.on.year, 2, 14)
        }
    }

    public func drafts(for timeline: ReviewTimeline, settings: RuleSettings) -> [DeadlineDraft] {
        let facts = timeline.facts
        guard let first = facts.firstIssuedOn else { return [] }
        var transfers = DefaultPhaseTransfers.transfers(for: facts.child)
        if let planned = facts.nextTransfer {
            transfers.removeAll { $0.on.year == planned.on.year }
            transfers.append(planned)
        }
        return transfers
            .filter { Self.due(for: $0) >= first }
            .sorted { $0.on < $1.on }
            .map { transfer in
                DeadlineDraft(rule: id, key: "\(id.rawValue)@\(transfer.kind.rawValue):\(transfer.on)",
                              dueOn: Self.due(for: transfer), doneOn: Self.readied(for: transfer, in: timeline),
                              lapsesOn: transfer.on)
            }
    }

    /// The first date in the year before `transfer` on which the plan was amended or confirmed for it.
    static func readied(for transfer: PhaseTransfer, in timeline: ReviewTimeline) -> CivilDate? {
        let window = transfer.on.adding(months: -12)...transfer.on
        let amended = timeline.facts.dates(of: .amendedFinalIssued)
        let maintained = timeline.reviews.filter { $0.decision == .maintain }.compactMap(\.decisionOn)
        return (amended + maintained).filter { window.contains($0) }.min()
    }
}
