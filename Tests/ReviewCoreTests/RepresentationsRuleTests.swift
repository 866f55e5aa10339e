import ReviewCore
import ReviewTestSupport
import Testing

/// DESIGN §4 `representations`: at least 15 days, starting with the day of the amendment notice, for the
/// family's representations before the amended final (SEND Regs 2014 reg 22(2)(c)); an amended final earlier
/// than notice + 15 days is a breach.
@Suite("representations — SEND Regs 2014 reg 22(2)(c)")
struct RepresentationsRuleTests {
    static func plan(notice: String, final: String?) -> PlanFacts {
        var events = [PlanEvent(kind: .amendmentProposed, on: day(notice))]
        if let final { events.append(PlanEvent(kind: .amendedFinalIssued, on: day(final))) }
        return PlanFixtures.plan(issued: "2025-03-14", events: events)
    }

    @Test("notice 1 February 2026: days 1–15 run to 15 February; a final on 16 February is in order")
    func inOrder() throws {
        let deadline = try single(.representations, of: Self.plan(notice: "2026-02-01", final: "2026-02-16"),
                                  asOf: "2026-03-01")
        check(deadline, due: "2026-02-16", done: "2026-02-16", state: .done)
        #expect(deadline.statutory)
        #expect(deadline.source.contains("22(2)(c)"))
    }

    @Test("a final within the 15 days is a breach, by the days it came too soon", arguments: [
        ("2026-02-15", 1), ("2026-02-10", 6), ("2026-02-01", 15),
    ])
    func tooSoon(final: String, days: Int) throws {
        check(try single(.representations, of: Self.plan(notice: "2026-02-01", final: final), asOf: "2026-03-01"),
              due: "2026-02-16", done: final, state: .doneLate, daysLate: days)
    }

    @Test("before the final is issued there is nothing to judge: never late, never in a late list")
    func beforeTheFinal() {
        #expect(deadlines(.representations, of: Self.plan(notice: "2026-02-01", final: nil), asOf: "2026-06-01").isEmpty)
        // The amended final itself is what becomes late (8 weeks).
        #expect(deadlines(.amendedFinal, of: Self.plan(notice: "2026-02-01", final: nil), asOf: "2026-06-01")
                    .first?.state == .late)
    }
}
