/// What today finds a demo plan doing: the stage of its open review cycle, and what in it is late.
///
/// It exists so that the late list of the demo looks like a real authority's, not like the accident of
/// random dates: about a fifth of plans with something late, as published figures suggest, every item
/// recent — an annual review weeks to a few months late, advice a few days late for a meeting coming up, a
/// report a day or two late, a decision a week late, an amended final a couple of weeks late — and every
/// cycle before the open one concluded. ``DemoScenarioDeck`` deals the scenarios; ``DemoOpenCycle`` turns
/// one into dates.
enum DemoScenario: Sendable, Hashable {
    /// Everything done on time so far.
    case onTrack
    /// No review concluded within the 12 months (CFA 2014 s44(1)): the annual date passed `days` ago.
    case annualReviewLate(days: Int)
    /// The meeting is coming up and some advice, due two weeks before it, is `days` late.
    case adviceLate(days: Int)
    /// The meeting was held; its report, due two weeks after, is `days` late.
    case reportLate(days: Int)
    /// The meeting was held; the decision, due four weeks after, is `days` late.
    case decisionLate(days: Int)
    /// The amendment notice went out with the decision; the amended final, due eight weeks after, is `days` late.
    case amendedFinalLate(days: Int)
    /// One of the showcase plans, set up for the first run's example messages.
    case showcase(DemoShowcaseRole)

    /// The youngest a child can be for the scenario's history to fit after the plan's first issue (a plan
    /// is issued at the earliest 200 days after birth).
    var minimumAgeInDays: Int {
        switch self {
        case .onTrack: 400
        case .adviceLate, .reportLate, .decisionLate: 600
        case .annualReviewLate, .amendedFinalLate: 750
        case .showcase: 365 * 7
        }
    }
}
