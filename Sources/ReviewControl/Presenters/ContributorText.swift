import ReviewAPI
import ReviewCore

/// Who contributes to a plan.
enum ContributorText {
    static func list(_ page: ListBody<ContributorView>, times: LocalTimeText) -> String {
        guard !page.items.isEmpty else { return Words.empty("contributors") }
        var table = TextTable(columns: [.init("ID"), .init("NAME"), .init("ROLE"), .init("SERVICE"),
                                        .init("ACTIVE"), .init("JOINED")])
        for contributor in page.items {
            let professional = contributor.professional
            table.append([.init(String(professional.id)), .init(professional.name), .init(professional.role.rawValue),
                          .init(professional.service.rawValue), .init(Words.yesNo(professional.active)),
                          .init(times.text(contributor.joinedAt))])
        }
        return table.render() + Words.more("--after", page.nextAfter)
    }
}
