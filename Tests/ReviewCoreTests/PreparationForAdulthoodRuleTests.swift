import ReviewCore
import ReviewTestSupport
import Testing

/// DESIGN §4 (changed in issue 13): from Year 9 every review must *consider* preparation for adulthood,
/// recorded with the meeting (`pfa_considered`); before a meeting is booked, the plan already shows it, due
/// on the latest meeting date that lets the decision be on time (the annual date less four weeks).
@Suite("preparation_for_adulthood — SEND Regs 2014 reg 20(6), 21(6); CoP 8.9")
struct PreparationForAdulthoodRuleTests {
    // Born 10 May 2012: Year 8 in 2024/25, Year 9 in 2025/26.
    static let born = "2012-05-10"

    static func review(_ id: Int64, meeting: String, held: String? = nil, considered: Bool? = nil,
                       decided: String? = nil) -> ReviewFacts {
        var steps: [ReviewStepRecord] = []
        if let held { steps.append(ReviewStepRecord(step: .meetingHeld, on: day(held), pfaConsidered: considered)) }
        if let decided { steps.append(ReviewStepRecord(step: .decisionIssued, on: day(decided), decision: .maintain)) }
        return ReviewFacts(id: ReviewID(id), meetingOn: day(meeting), steps: steps)
    }

    static func plan(issued: String = "2024-10-01", _ reviews: [ReviewFacts], born: String = born) -> PlanFacts {
        PlanFixtures.plan(issued: issued, born: born, reviews: reviews)
    }

    @Test("a Year 9 meeting that considered it: done on the meeting day; statutory")
    func considered() throws {
        let plan = Self.plan([Self.review(1, meeting: "2025-09-20", held: "2025-09-20", considered: true)])
        let deadline = try single(.preparationForAdulthood, of: plan, asOf: "2025-09-21")
        check(deadline, due: "2025-09-20", done: "2025-09-20", state: .done)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("20(6)"))
        #expect(deadline.reviewID == ReviewID(1))
    }

    @Test("held without considering it (or not saying so): late from the day after the meeting", arguments: [false, nil] as [Bool?])
    func notConsidered(considered: Bool?) throws {
        let plan = Self.plan([Self.review(1, meeting: "2025-09-20", held: "2025-09-20", considered: considered)])
        check(try single(.preparationForAdulthood, of: plan, asOf: "2025-09-21"), due: "2025-09-20", state: .late,
              daysLate: 1)
    }

    @Test("a review in Year 8 has none; the 31 August cut-off decides Year 9", arguments: [
        ("2012-08-31", 1), ("2012-09-01", 0),
    ])
    func cutOff(born: String, count: Int) {
        let plan = Self.plan([Self.review(1, meeting: "2025-10-15")], born: born)
        #expect(deadlines(.preparationForAdulthood, of: plan, asOf: "2025-09-01").count == count)
    }

    @Test("before a meeting is booked: due on the annual date less four weeks when that day falls in Year 9 or later")
    func plannedBeforeBooking() throws {
        // First issued 1 October 2025 (Year 9): annual date 30 September 2026, latest meeting 2 September 2026.
        let plan = Self.plan(issued: "2025-10-01", [])
        let deadline = try single(.preparationForAdulthood, of: plan, asOf: "2026-01-01")
        check(deadline, due: "2026-09-02", state: .pending)
        #expect(deadline.reviewID == nil)
        // Once the meeting is booked, the meeting's own deadline takes its place.
        let booked = Self.plan(issued: "2025-10-01", [Self.review(1, meeting: "2026-07-01")])
        let afterBooking = deadlines(.preparationForAdulthood, of: booked, asOf: "2026-01-01")
        #expect(afterBooking.map(\.dueOn) == [day("2026-07-01")])
    }

    @Test("after a Year 9 review is decided, the next one shows at once; in Year 8 nothing is planned")
    func nextCycle() {
        let decided = Self.plan(issued: "2024-10-01", [Self.review(1, meeting: "2025-09-20", held: "2025-09-20",
                                                                   considered: true, decided: "2025-10-01")])
        // Next annual date 30 September 2026 → planned for 2 September 2026.
        #expect(deadlines(.preparationForAdulthood, of: decided, asOf: "2025-10-02").map(\.dueOn)
                == [day("2025-09-20"), day("2026-09-02")])
        // Issued 1 October 2023, in Year 7: the next review (by 30 September 2024, meeting by 2 September
        // 2024) is in Year 8: nothing planned yet.
        #expect(deadlines(.preparationForAdulthood, of: Self.plan(issued: "2023-10-01", []), asOf: "2024-01-01").isEmpty)
    }

    @Test("a year-group override below Year 9 means no deadline yet")
    func override() {
        var plan = Self.plan([Self.review(1, meeting: "2025-09-20")])
        plan.child.yearGroupOverride = YearGroupOverride(yearGroup: YearGroup(8), academicYear: 2025)
        #expect(deadlines(.preparationForAdulthood, of: plan, asOf: "2025-09-01").isEmpty)
    }
}
