/// A plan's facts put in order once for every rule: the annual-review cycles and, for each review,
/// the cycle it belongs to.
///
/// The annual-review clock (CFA 2014 s44(1)) runs 12 months starting with the date the plan was first
/// issued, then starting with the date of each decision notice that concludes a review.
public struct ReviewTimeline: Sendable {
    /// One turn of the review clock: it starts with `anchor` and is concluded by `concludedOn`.
    public struct Cycle: Sendable, Hashable {
        public var anchor: CivilDate
        public var concludedOn: CivilDate?
    }

    /// The plan's facts without the meetings that were called off: those are no reviews.
    public let facts: PlanFacts
    /// Reviews by effective meeting date, then id; none that was called off.
    public let reviews: [ReviewFacts]
    /// Meetings called off, by meeting date then id: what was owed before them lapses on the day.
    public let cancelled: [ReviewFacts]
    /// Cycles from the first issue, earliest first; the last one is open unless the plan ceased.
    public let cycles: [Cycle]

    public init(facts: PlanFacts) {
        let byMeeting: (ReviewFacts, ReviewFacts) -> Bool = {
            ($0.effectiveMeetingOn, $0.id) < ($1.effectiveMeetingOn, $1.id)
        }
        var held = facts
        held.reviews = facts.reviews.filter { $0.cancelledOn == nil }
        self.facts = held
        reviews = held.reviews.sorted(by: byMeeting)
        cancelled = facts.reviews.filter { $0.cancelledOn != nil }.sorted(by: byMeeting)
        guard let first = facts.firstIssuedOn else {
            cycles = []
            return
        }
        let decisions = held.reviews.compactMap(\.decisionOn).filter { $0 >= first }.sorted()
        var built: [Cycle] = []
        var anchor = first
        for decided in decisions {
            built.append(Cycle(anchor: anchor, concludedOn: decided))
            anchor = decided
        }
        built.append(Cycle(anchor: anchor, concludedOn: nil))
        cycles = built
    }

    /// The last day of the 12-month period starting with `anchor`.
    public static func annualDue(from anchor: CivilDate) -> CivilDate { anchor.endOfPeriod(months: 12) }

    /// The annual-review date that `review` must beat: the cycle whose anchor is the latest decision of
    /// another review before this one's decision (or meeting, while undecided), or the first issue.
    public func annualDue(for review: ReviewFacts) -> CivilDate? {
        guard let first = facts.firstIssuedOn else { return nil }
        let reference = review.decisionOn ?? review.effectiveMeetingOn
        let earlier = facts.reviews
            .filter { $0.id != review.id }
            .compactMap(\.decisionOn)
            .filter { $0 >= first && $0 < reference }
        return ReviewTimeline.annualDue(from: earlier.max() ?? first)
    }

    /// Every meeting booked and not imported, called off or not: the ones the duties owed before a meeting
    /// (invitations, advice, views) apply to, until ``ReviewFacts/preparationEndsOn``.
    public var preparedMeetings: [ReviewFacts] {
        (reviews + cancelled).filter { !$0.imported }
    }

    /// The review after `review` in meeting order, if any.
    public func review(after review: ReviewFacts) -> ReviewFacts? {
        guard let index = reviews.firstIndex(where: { $0.id == review.id }), index + 1 < reviews.count else {
            return nil
        }
        return reviews[index + 1]
    }
}
