/// Deals each demo plan its ``DemoScenario``: the showcase roles to the first plans, then the others from
/// shuffled decks of 50 with fixed shares — 40 on track, 4 annual reviews late, 2 with advice late, 1
/// report, 2 decisions and 1 amended final late, so a fifth of plans have something late. Dealing from
/// decks rather than drawing each plan's lot keeps the mix steady: any 50 plans in a row hold it, and a
/// small demo (60 plans in the tests) still shows every kind of lateness.
struct DemoScenarioDeck {
    /// A card of the deck: a scenario before its lateness is drawn.
    enum Card: CaseIterable {
        case onTrack, annualReviewLate, adviceLate, reportLate, decisionLate, amendedFinalLate

        /// How many of each in a deck of 50.
        var share: Int {
            switch self {
            case .onTrack: 40
            case .annualReviewLate: 4
            case .adviceLate, .decisionLate: 2
            case .reportLate, .amendedFinalLate: 1
            }
        }
    }

    private var deck: [Card] = []

    /// The scenario of plan `number` (from 1), with how late its late item is drawn here.
    mutating func deal(planNumber number: Int, random: inout SeededRandom) -> DemoScenario {
        if let role = DemoShowcaseRole(planNumber: number) { return .showcase(role) }
        if deck.isEmpty {
            deck = Card.allCases.flatMap { Array(repeating: $0, count: $0.share) }
            deck.shuffle(using: &random)
        }
        switch deck.removeLast() {
        case .onTrack: return .onTrack
        // Weeks to a few months: the slipped reviews a caseworker is chasing, not ones forgotten for years.
        case .annualReviewLate: return .annualReviewLate(days: random.int(14...120))
        // The meeting is at most 12 days away; the advice was due two weeks before it.
        case .adviceLate: return .adviceLate(days: random.int(2...12))
        case .reportLate: return .reportLate(days: random.int(1...3))
        case .decisionLate: return .decisionLate(days: random.int(3...8))
        case .amendedFinalLate: return .amendedFinalLate(days: random.int(8...21))
        }
    }
}
