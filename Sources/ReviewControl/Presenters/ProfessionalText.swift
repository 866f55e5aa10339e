import ReviewAPI
import ReviewCore

/// The professionals' list, record and write confirmations.
enum ProfessionalText {
    static func list(_ page: ListBody<ProfessionalView>, colour: Bool) -> String {
        guard !page.items.isEmpty else { return Words.empty("professionals") }
        var table = TextTable(columns: [.init("ID"), .init("NAME"), .init("EMAIL"), .init("ROLE"),
                                        .init("SERVICE"), .init("ACTIVE")])
        for item in page.items {
            table.append([.init(String(item.id)), .init(item.name), .init(item.email), .init(item.role.rawValue),
                          .init(item.service.rawValue), .init(Words.yesNo(item.active))])
        }
        return table.render(colour: colour) + Words.more("--after", page.nextAfter)
    }

    static func show(_ item: ProfessionalView) -> String {
        KeyValueList([
            .init("id", String(item.id)),
            .init("name", item.name),
            .init("email", item.email),
            .init("role", item.role.rawValue),
            .init("service", item.service.rawValue),
            .init("active", Words.yesNo(item.active)),
            .init("daily digest", Words.yesNo(item.dailyDigest)),
        ]).render()
    }

    static func added(_ item: ProfessionalView) -> String {
        "added professional \(item.id) (\(summary(item)))\n"
    }

    static func updated(_ item: ProfessionalView) -> String {
        "updated professional \(item.id) (\(summary(item)))\n"
    }

    private static func summary(_ item: ProfessionalView) -> String {
        item.role.rawValue + ", " + item.service.rawValue + (item.active ? "" : ", inactive")
            + (item.dailyDigest ? "" : ", no daily digest")
    }
}
