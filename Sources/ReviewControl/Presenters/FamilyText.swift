import ReviewAPI
import ReviewCore

/// The family's contacts and the letters waiting to be posted, as an officer reads them.
enum FamilyText {
    static func contacts(_ contacts: [ContactView]) -> String {
        guard !contacts.isEmpty else { return Words.empty("contacts") }
        var table = TextTable(columns: [.init("ID"), .init("NAME", alignment: .left), .init("RELATIONSHIP"),
                                        .init("REACHED BY", alignment: .left), .init("NEEDS", alignment: .left),
                                        .init("ACTIVE")])
        for contact in contacts {
            let reach = [contact.email, contact.postalAddress.map { _ in "post" }].compactMap { $0 }.joined(separator: ", ")
            table.append([.init(String(contact.id)), .init(contact.name), .init(contact.relationship.rawValue), .init(reach),
                          .init(contact.needs.isEmpty ? Words.none : contact.needs.map(\.rawValue).joined(separator: ", ")),
                          .init(Words.yesNo(contact.active))])
        }
        return table.render()
    }

    static func contact(_ contact: ContactView) -> String {
        "contact \(contact.id) (\(contact.relationship.rawValue)) of child \(contact.childId)\n"
    }

    static func letters(_ page: ListBody<LetterView>, times: LocalTimeText) -> String {
        guard !page.items.isEmpty else { return Words.empty("letters") }
        var table = TextTable(columns: [.init("ID"), .init("STATE"), .init("KIND", alignment: .left), .init("PLAN"),
                                        .init("CONTACT"), .init("WRITTEN", alignment: .left)])
        for letter in page.items {
            table.append([.init(String(letter.id)), .init(letter.state), .init(letter.kind.rawValue),
                          .init(Words.number(letter.planId)), .init(Words.number(letter.contactId)),
                          .init(times.minutes(letter.createdAt))])
        }
        return table.render() + Words.more("--after", page.nextAfter) + "print one: ehc-reviewctl letters show ID > letter.html\n"
    }
}
