import ReviewAPI
import ReviewCore

/// Plans: the list, one plan, and the confirmation of a new one.
enum PlanText {
    static func list(_ page: ListBody<PlanView>) -> String {
        guard !page.items.isEmpty else { return Words.empty("plans") }
        var table = TextTable(columns: [.init("ID"), .init("CHILD"), .init("REFERENCE", alignment: .left),
                                        .init("FIRST ISSUED"), .init("CEASED"), .init("NEXT TRANSFER")])
        for plan in page.items {
            table.append([.init(String(plan.id)), .init(String(plan.childId)), .init(plan.reference),
                          .init(Words.date(plan.firstIssuedOn)), .init(Words.date(plan.ceasedOn)),
                          .init(transfer(plan.nextTransfer))])
        }
        return table.render() + Words.more("--after", page.nextAfter)
    }

    static func show(_ plan: PlanView) -> String {
        KeyValueList([
            .init("id", String(plan.id)),
            .init("child", String(plan.childId)),
            .init("reference", plan.reference),
            .init("first issued", Words.date(plan.firstIssuedOn)),
            .init("ceased", Words.date(plan.ceasedOn)),
            .init("next transfer", transfer(plan.nextTransfer)),
        ]).render()
    }

    static func added(_ plan: PlanView) -> String {
        "added plan \(plan.id) (\(plan.reference)) for child \(plan.childId)\n"
    }

    static func transfer(_ transfer: PhaseTransfer?) -> String {
        guard let transfer else { return Words.none }
        return "\(transfer.kind.rawValue) on \(transfer.on)"
    }
}
