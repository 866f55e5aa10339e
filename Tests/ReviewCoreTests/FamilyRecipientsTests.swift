import ReviewCore
import ReviewTestSupport
import Testing

/// DESIGN §4 "Families": the parent before the end of compulsory school age (Education Act 1996 s8(3): the
/// last Friday of June of Year 11); after it the young person (CFA 2014 s83(2)), with the parents they agree
/// to; a representative (deputy) instead of a young person who lacks capacity (CFA 2014 s80); the parent when
/// there is neither.
@Suite("FamilyRecipients and CompulsorySchoolAge — who the family's messages go to")
struct FamilyRecipientsTests {
    /// Born 10 May 2010: aged 15 on 31 August 2025, so Year 11 in 2025/26; the last Friday of June 2026 is the 26th.
    static let child = ChildFacts(dateOfBirth: day("2010-05-10"))

    static func contact(_ id: Int64, _ relationship: ContactRelationship, agreed: Bool = false, active: Bool = true)
        -> FamilyContact {
        FamilyContact(id: ContactID(id), childID: ChildID(1), name: "C\(id)", relationship: relationship, email: nil,
                      postalAddress: "1 High St", preferredLanguage: nil, needs: [], youngPersonAgreed: agreed, active: active)
    }

    @Test("compulsory school age ends on the last Friday of June of Year 11")
    func lastDay() {
        #expect(CompulsorySchoolAge.lastDay(of: Self.child) == day("2026-06-26"))
        #expect(!CompulsorySchoolAge.isYoungPerson(Self.child, on: day("2026-06-26")))
        #expect(CompulsorySchoolAge.isYoungPerson(Self.child, on: day("2026-06-27")))
        // A September birthday is a year behind: Year 11 in 2026/27, last Friday of June 2027 is the 25th.
        #expect(CompulsorySchoolAge.lastDay(of: ChildFacts(dateOfBirth: day("2010-09-01"))) == day("2027-06-25"))
        // When 30 June is itself a Friday (2028), that is the day.
        #expect(CompulsorySchoolAge.lastDay(of: ChildFacts(dateOfBirth: day("2012-01-15"))) == day("2028-06-30"))
        // A year group set by hand moves it: held back a year, Year 11 is 2026/27.
        let heldBack = ChildFacts(dateOfBirth: day("2010-05-10"),
                                  yearGroupOverride: YearGroupOverride(yearGroup: YearGroup(10), academicYear: 2025))
        #expect(CompulsorySchoolAge.lastDay(of: heldBack) == day("2027-06-25"))
    }

    @Test("a child: the parents and carers, and an advocate; never the inactive")
    func child() {
        let contacts = [Self.contact(1, .parent), Self.contact(2, .carer), Self.contact(3, .advocate),
                        Self.contact(4, .parent, active: false), Self.contact(5, .youngPerson)]
        #expect(FamilyRecipients.choose(contacts, child: Self.child, on: day("2026-06-26")).map(\.id.rawValue) == [1, 2, 3])
    }

    @Test("a young person: themselves and the parents they agreed to; a deputy instead; the parent when neither")
    func youngPerson() {
        let after = day("2026-09-01")
        let family = [Self.contact(1, .parent, agreed: true), Self.contact(2, .parent), Self.contact(5, .youngPerson)]
        #expect(FamilyRecipients.choose(family, child: Self.child, on: after).map(\.id.rawValue) == [5, 1])
        let deputy = family + [Self.contact(6, .deputy)]
        #expect(FamilyRecipients.choose(deputy, child: Self.child, on: after).map(\.id.rawValue) == [6])
        let parentsOnly = [Self.contact(1, .parent), Self.contact(2, .carer)]
        #expect(FamilyRecipients.choose(parentsOnly, child: Self.child, on: after).map(\.id.rawValue) == [1, 2])
    }
}
