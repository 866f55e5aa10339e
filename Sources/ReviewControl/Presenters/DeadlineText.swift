import ReviewAPI
import ReviewCore

/// Deadlines: all of one plan's, or the late ones across plans (most late first, as the daemon orders them).
enum DeadlineText {
    static func plan(_ page: ListBody<DeadlineView>, colour: Bool) -> String {
        guard !page.items.isEmpty else { return Words.empty("deadlines") }
        var table = TextTable(columns: [.init("RULE"), .init("DUE"), .init("DONE"), .init("STATE"),
                                        .init("DAYS LATE"), .init("STATUTORY"), .init("REVIEW"), .init("SOURCE")])
        for deadline in page.items {
            table.append([.init(deadline.rule.rawValue), .init(deadline.dueOn.description),
                          .init(Words.date(deadline.doneOn)), state(deadline), daysLate(deadline),
                          .init(Words.yesNo(deadline.statutory)), .init(Words.number(deadline.reviewId)),
                          .init(deadline.source)])
        }
        return table.render(colour: colour)
    }

    static func late(_ page: ListBody<DeadlineView>, colour: Bool) -> String {
        guard !page.items.isEmpty else { return Words.empty("late deadlines") }
        // Every row is late: no state column. Reference, the child's initials and the caseworker are what a
        // caseworker reads the list by; the plan's id is in --json.
        var table = TextTable(columns: [.init("REFERENCE", alignment: .left), .init("CHILD", alignment: .left),
                                        .init("RULE"), .init("DUE"), .init("DAYS LATE"),
                                        .init("CASEWORKER", alignment: .left)])
        for deadline in page.items {
            table.append([.init(Words.text(deadline.reference)), .init(Words.text(deadline.child)),
                          .init(deadline.rule.rawValue), .init(deadline.dueOn.description), daysLate(deadline),
                          .init(Words.text(deadline.caseworker))])
        }
        var text = table.render(colour: colour)
        if let total = page.total, total > page.items.count {
            text += "showing \(page.items.count) of \(total)\n"
        }
        if let cursor = page.nextCursor { return text + Words.more("--cursor", cursor) }
        return text + Words.more("--offset", page.nextOffset)
    }

    private static func state(_ deadline: DeadlineView) -> TextTable.Cell {
        .init(deadline.state.rawValue, tone: deadline.state == .late ? .alert : .plain)
    }

    private static func daysLate(_ deadline: DeadlineView) -> TextTable.Cell {
        .init(String(deadline.daysLate), tone: deadline.state == .late ? .alert : .plain)
    }
}
