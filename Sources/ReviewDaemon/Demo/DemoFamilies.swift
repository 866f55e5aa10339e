import ReviewCore

/// The family contacts of a demo child, so that the first run shows what families are sent (issue 15): a
/// parent for every child, reached by email — or, for one family in six, by post only, whose messages become
/// letters to print (the second showcase plan's among them, in large print); and a young person over
/// compulsory school age as a contact of their own, with the parent told too where the young person agreed.
///
/// Drawn from the plan's number alone, not from the seed's random stream, so that adding families leaves
/// the rest of the demo authority exactly as it was.
enum DemoFamilies {
    static func contacts(planNumber number: Int, child: Child, today: CivilDate) throws(FieldError) -> [NewContact] {
        let parentName = DemoNames.given[(number * 7) % DemoNames.given.count] + " " + child.familyName
        let byPost = number % 6 == 2
        var contacts = [try NewContact(
            name: parentName, relationship: number % 9 == 4 ? .carer : .parent,
            email: byPost ? nil : "parent.\(number)@families.demo.example",
            postalAddress: byPost ? "\(number) Orchard Way\nDemoton\nDM\(number % 9 + 1) \(number % 9)AB" : nil,
            preferredLanguage: number % 13 == 0 ? "Polish" : nil,
            needs: number % 12 == 2 ? [.largePrint] : number % 13 == 0 ? [.interpreter] : [],
            youngPersonAgreed: CompulsorySchoolAge.isYoungPerson(child.facts, on: today) && number % 2 == 0)]
        if CompulsorySchoolAge.isYoungPerson(child.facts, on: today) {
            contacts.append(try NewContact(name: child.givenName + " " + child.familyName, relationship: .youngPerson,
                                           email: "young.person.\(number)@families.demo.example"))
        }
        return contacts
    }
}
