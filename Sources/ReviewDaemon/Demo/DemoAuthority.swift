public import ReviewCore
public import ReviewStore

/// Seeds a synthetic local authority for `ehc-reviewd --demo`: children of every age with plans at every
/// stage, their families (``DemoFamilies``), and professionals of every role, therapists included.
///
/// Each plan is dealt a scenario (``DemoScenarioDeck``) — most on track, a fifth with something recently
/// late — and its history is drawn backwards from today (``DemoHistoryPlanner``), so every review cycle
/// older than the open one is concluded and the late list reads like a real authority's. The first five
/// plans are the showcase (``DemoShowcaseRole``) that the first run's example messages come from.
/// Everything goes through the repository with `notify: false` (``DemoHistoryRecorder``). Deterministic
/// for a given `today`.
public enum DemoAuthority {
    /// What was seeded.
    public struct Summary: Sendable, Hashable {
        public var children: Int
        public var plans: Int
        public var professionals: Int
        public var reviews: Int
    }

    static let actor = AuditActor(uid: 0, userName: "demo-seed", via: "ehc-reviewd --demo")

    /// How long ago a plan may have been first issued: up to five years of reviews, enough to show every
    /// stage and the statutory returns of past years, and few enough writes for the first run to take
    /// seconds (each write recomputes all of its plan's deadlines, so the cost grows faster than the history).
    static let maximumPlanAge = 40...(5 * 365)

    /// Seeds `count` children with a plan each, relative to `today`.
    public static func seed(into store: ReviewStore, today: CivilDate, count: Int = 300, seed: UInt64 = 2026,
                            progress: @Sendable (Int) -> Void = { _ in }) async throws -> Summary
    {
        var random = SeededRandom(seed: seed)
        var professionals: [Professional] = []
        for entry in DemoProfessionals.roster {
            professionals.append(try await store.addProfessional(
                try NewProfessional(name: entry.name, email: entry.mailbox, role: entry.role), by: actor))
        }
        var deck = DemoScenarioDeck()
        let recorder = DemoHistoryRecorder(store: store, today: today, actor: actor)
        var reviews = 0
        for index in 0..<count {
            let number = index + 1
            let scenario = deck.deal(planNumber: number, random: &random)
            reviews += try await seedPlan(number: number, scenario: scenario, into: store, today: today,
                                          staff: professionals, recorder: recorder, random: &random)
            progress(number)
        }
        return Summary(children: count, plans: count, professionals: professionals.count, reviews: reviews)
    }

    /// `EHC-00042` for plan 42.
    static func reference(number: Int) -> String {
        let digits = String(number)
        return "EHC-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// One child, one plan and its history; returns how many reviews it has.
    static func seedPlan(number: Int, scenario: DemoScenario, into store: ReviewStore, today: CivilDate,
                         staff: [Professional], recorder: DemoHistoryRecorder, random: inout SeededRandom) async throws -> Int {
        let born = bornOn(for: scenario, today: today, random: &random)
        let child = try await store.addChild(
            try NewChild(givenName: random.pick(DemoNames.given), familyName: random.pick(DemoNames.family),
                         dateOfBirth: born, today: today),
            by: actor)
        for contact in try DemoFamilies.contacts(planNumber: number, child: child, today: today) {
            _ = try await store.addContact(child: child.id, contact, by: actor)
        }
        let plan = try await store.addPlan(try NewPlan(childID: child.id, reference: reference(number: number)), by: actor)
        let showcase = if case .showcase = scenario { true } else { false }
        for professional in DemoContributors.choose(for: child.facts, today: today, showcase: showcase, staff: staff,
                                                    random: &random) {
            try await store.addContributor(plan: plan.id, professional: professional.id, by: actor, notify: false)
        }
        let history = DemoHistoryPlanner.plan(child: child.facts, scenario: scenario, ageInDays: random.int(maximumPlanAge),
                                              today: today, random: &random)
        return try await recorder.record(history, plan: plan.id, child: child.facts)
    }

    /// A date of birth from 400 days to 21 years ago, old enough for the scenario's history, and such that
    /// the scenario leaves the child's phase transfers ready (``DemoOpenCycle/fits(_:child:today:random:)``;
    /// a few draws, then the last stands); a showcase child is in Year 3, 4, 5 or 8, with no phase transfer
    /// and no preparation for adulthood in play.
    static func bornOn(for scenario: DemoScenario, today: CivilDate, random: inout SeededRandom) -> CivilDate {
        func draw(_ random: inout SeededRandom) -> CivilDate {
            today.adding(days: -random.int(scenario.minimumAgeInDays...(365 * 21)))
        }
        var born = draw(&random)
        switch scenario {
        case .onTrack:
            // Any child fits: the open cycle's anchor moves freely (``DemoOpenCycle/draw``).
            break
        case .showcase:
            let groups: Set<Int> = [3, 4, 5, 8]
            for _ in 0..<100 where !groups.contains(ChildFacts(dateOfBirth: born).yearGroup(on: today).rawValue) {
                born = draw(&random)
            }
        default:
            for _ in 0..<20 where !DemoOpenCycle.fits(scenario, child: ChildFacts(dateOfBirth: born), today: today,
                                                      random: random) {
                born = draw(&random)
            }
        }
        return born
    }
}
