import ReviewCore

/// A demo plan's whole history as dates — the draft, the first issue and every review, oldest first, the
/// last one perhaps in progress — drawn by ``DemoHistoryPlanner`` and written by ``DemoHistoryRecorder``.
/// Keeping the drawing apart from the writing lets the seed be checked without a database, and keeps each
/// half small.
struct DemoPlanHistory: Sendable, Hashable {
    var draftOn: CivilDate
    var firstIssuedOn: CivilDate
    var reviews: [DemoReview]
}
