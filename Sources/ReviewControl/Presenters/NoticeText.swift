import ReviewAPI
import ReviewCore

/// The outbox: notices with their delivery state; dead ones stand out.
enum NoticeText {
    static func list(_ page: ListBody<NoticeView>, colour: Bool, times: LocalTimeText) -> String {
        guard !page.items.isEmpty else { return Words.empty("notices") }
        var table = TextTable(columns: [.init("ID"), .init("STATE"), .init("KIND"), .init("PLAN"),
                                        .init("RECIPIENT"), .init("ATTEMPTS"), .init("NEXT ATTEMPT"),
                                        .init("LAST ERROR")])
        for notice in page.items {
            table.append([.init(String(notice.id)),
                          .init(notice.state.rawValue, tone: notice.state == .dead ? .alert : .plain),
                          .init(notice.kind.rawValue), .init(Words.number(notice.planId)), .init(notice.recipient),
                          .init(String(notice.attempts)), .init(times.text(notice.nextAttemptAt)),
                          .init(Words.text(notice.lastError.map(firstLine)))])
        }
        return table.render(colour: colour) + Words.more("--after", page.nextAfter)
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? "")
    }
}
