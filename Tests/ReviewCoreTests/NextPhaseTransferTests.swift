import ReviewCore
import ReviewTestSupport
import Testing

@Suite("The next phase transfer of a child and its calendar year (Reg 2(1), Reg 18)")
struct NextPhaseTransferTests {
    @Test("a Year 6 child's next transfer is into Year 7 on 1 September of the coming year")
    func yearSixGoesToSecondary() throws {
        // Born 10 May 2015: 11 on 31 August 2026 → Year 7 from 1 September 2026; in November 2025 they are in Year 6.
        let child = PlanFixtures.child(born: "2015-05-10")
        let next = try #require(DefaultPhaseTransfers.next(for: child, planned: nil, after: day("2025-11-29")))
        #expect(next == PhaseTransfer(kind: .primaryToSecondary, on: day("2026-09-01")))
        #expect(next.on.year == 2026)
    }

    @Test("on the day of a transfer the next one is the following phase")
    func afterTheTransferDay() throws {
        let child = PlanFixtures.child(born: "2015-05-10")
        let next = try #require(DefaultPhaseTransfers.next(for: child, planned: nil, after: day("2026-09-01")))
        // Year 12 five years later: 16 on 31 August 2031.
        #expect(next == PhaseTransfer(kind: .secondaryToPost16, on: day("2031-09-01")))
    }

    @Test("the plan's own transfer wins when it comes first, and not when it comes later")
    func plannedTransfer() throws {
        let child = PlanFixtures.child(born: "2018-05-10")
        // In November 2025 the child is in Year 2 (7 on 31 August 2025); an infant-to-junior move in 2026
        // comes before the default move to secondary in 2029.
        let junior = PhaseTransfer(kind: .infantToJunior, on: day("2026-09-01"))
        #expect(DefaultPhaseTransfers.next(for: child, planned: junior, after: day("2025-11-29")) == junior)
        let late = PhaseTransfer(kind: .post16Move, on: day("2040-01-05"))
        #expect(DefaultPhaseTransfers.next(for: child, planned: late, after: day("2025-11-29"))
            == PhaseTransfer(kind: .primaryToSecondary, on: day("2029-09-01")))
    }

    @Test("a year-group override moves every default transfer with it")
    func overrideMovesTransfers() throws {
        // Born 10 May 2015 but recorded in Year 5 for 2025/26 (one year behind): Year 7 from September 2027.
        let child = ChildFacts(dateOfBirth: day("2015-05-10"),
                               yearGroupOverride: YearGroupOverride(yearGroup: YearGroup(5), academicYear: 2025))
        let next = try #require(DefaultPhaseTransfers.next(for: child, planned: nil, after: day("2025-11-29")))
        #expect(next == PhaseTransfer(kind: .primaryToSecondary, on: day("2027-09-01")))
    }

    @Test("a young person past Year 12 has no default transfer left")
    func noneLeft() {
        let child = PlanFixtures.child(born: "2005-05-10")
        #expect(DefaultPhaseTransfers.next(for: child, planned: nil, after: day("2025-11-29")) == nil)
    }
}
