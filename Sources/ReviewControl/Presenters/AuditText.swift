import ReviewAPI

/// The audit log, newest first; the next page is older (`--before`).
enum AuditText {
    static func list(_ page: ListBody<AuditView>, times: LocalTimeText) -> String {
        guard !page.items.isEmpty else { return Words.empty("audit entries") }
        var table = TextTable(columns: [.init("ID"), .init("AT"), .init("USER"), .init("UID"), .init("VIA"),
                                        .init("ACTION"), .init("ENTITY"), .init("SUMMARY")])
        for entry in page.items {
            let entity = entry.entityId.map { "\(entry.entity) \($0)" } ?? entry.entity
            table.append([.init(String(entry.id)), .init(times.text(entry.at)), .init(entry.userName), .init(String(entry.uid)),
                          .init(entry.via), .init(entry.action), .init(entity),
                          .init(entry.count > 1 ? "\(entry.summary) (×\(entry.count))" : entry.summary)])
        }
        return table.render() + Words.more("--before", page.nextBefore ?? page.nextAfter)
    }
}
