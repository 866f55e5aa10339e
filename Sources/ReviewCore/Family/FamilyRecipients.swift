/// Which of a child's contacts the family's messages go to on a given day (DESIGN §4 "Families"; CFA 2014
/// s83(2), s80; SEND Regs 2014 Part 4). Inactive contacts get nothing.
///
/// - Before the end of compulsory school age: the parents and carers (a carer with parental responsibility
///   counts as a parent), and any advocate the family asked to be copied.
/// - After it the young person decides: the young person, plus the parents, carers and advocates they have
///   agreed may be told. When a representative is recorded (`deputy`: a Court of Protection deputy or an
///   attorney, for a young person who lacks capacity), the representative receives instead of the young
///   person; with neither a young person's own contact nor a representative, the parents receive instead.
public enum FamilyRecipients {
    public static func choose(_ contacts: [FamilyContact], child: ChildFacts, on date: CivilDate) -> [FamilyContact] {
        let active = contacts.filter(\.active)
        let parents = active.filter { $0.relationship == .parent || $0.relationship == .carer }
        let advocates = active.filter { $0.relationship == .advocate }
        guard CompulsorySchoolAge.isYoungPerson(child, on: date) else { return parents + advocates }
        let deputies = active.filter { $0.relationship == .deputy }
        if !deputies.isEmpty { return deputies + advocates.filter(\.youngPersonAgreed) }
        let youngPerson = active.filter { $0.relationship == .youngPerson }
        guard !youngPerson.isEmpty else { return parents + advocates }
        return youngPerson + parents.filter(\.youngPersonAgreed) + advocates.filter(\.youngPersonAgreed)
    }
}
