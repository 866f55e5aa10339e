import ReviewCore
import ReviewTestSupport
import Testing

@Suite("advice — SEND Regs 2014 reg 20(4), 21(4)")
struct AdviceRuleTests {
    /// A meeting on 5 March 2026: advice must be gathered and circulated by 19 February 2026
    /// (5 March − 14 days: 5 − 5 = 28 February, − 9 = 19 February).
    static let meeting = "2026-03-05"
    static let due = "2026-02-19"
    static let invitees = [invitee(10, .speechAndLanguageTherapist), invitee(11, .educationalPsychologist)]

    static func plan(steps: [ReviewStepRecord]) -> PlanFacts {
        PlanFixtures.plan(issued: "2025-03-14", reviews: [
            ReviewFacts(id: ReviewID(1), meetingOn: day(meeting), invitees: invitees, steps: steps),
        ])
    }

    @Test("due two weeks before the meeting")
    func dueTwoWeeksBefore() throws {
        let deadline = try single(.advice, of: Self.plan(steps: []), asOf: "2026-01-10")
        check(deadline, due: Self.due, state: .pending)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("20(4)"))
    }

    @Test("done when the caseworker records that all advice was circulated")
    func circulated() throws {
        let steps = [ReviewStepRecord(step: .adviceReceived, on: day("2026-02-18"))]
        check(try single(.advice, of: Self.plan(steps: steps), asOf: "2026-02-20"),
              due: Self.due, done: "2026-02-18", state: .done)
    }

    @Test("circulated four days after the date: done late by 4")
    func circulatedLate() throws {
        let steps = [ReviewStepRecord(step: .adviceReceived, on: day("2026-02-23"))]
        check(try single(.advice, of: Self.plan(steps: steps), asOf: "2026-02-25"),
              due: Self.due, done: "2026-02-23", state: .doneLate, daysLate: 4)
    }

    @Test("done on the day the last invitee's advice came in")
    func everyInvitee() throws {
        let steps = [step(.adviceReceived, on: "2026-02-10", by: 10), step(.adviceReceived, on: "2026-02-17", by: 11)]
        check(try single(.advice, of: Self.plan(steps: steps), asOf: "2026-02-20"),
              due: Self.due, done: "2026-02-17", state: .done)
    }

    @Test("one invitee's advice missing: late after the date")
    func missingAdvice() throws {
        let steps = [step(.adviceReceived, on: "2026-02-10", by: 10)]
        // 19 → 25 February = 6 days.
        check(try single(.advice, of: Self.plan(steps: steps), asOf: "2026-02-25"),
              due: Self.due, state: .late, daysLate: 6)
    }
}
