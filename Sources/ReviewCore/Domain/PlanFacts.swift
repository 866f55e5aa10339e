/// Everything the statutory rules need to know about one plan: the child, the dated plan events, the
/// reviews and any planned phase transfer. The store assembles it; ``DeadlineCalculator`` reads it.
public struct PlanFacts: Sendable, Hashable, Codable {
    public var child: ChildFacts
    public var events: [PlanEvent]
    public var reviews: [ReviewFacts]
    public var nextTransfer: PhaseTransfer?

    public init(child: ChildFacts, events: [PlanEvent] = [], reviews: [ReviewFacts] = [],
                nextTransfer: PhaseTransfer? = nil) {
        self.child = child
        self.events = events
        self.reviews = reviews
        self.nextTransfer = nextTransfer
    }

    /// The date the plan was first issued as final: the annual-review clock starts here.
    public var firstIssuedOn: CivilDate? { firstDate(of: .finalIssued) }

    /// The date the plan ceased, if it has.
    public var ceasedOn: CivilDate? { firstDate(of: .ceased) }

    public func firstDate(of kind: PlanEventKind) -> CivilDate? {
        events.filter { $0.kind == kind }.map(\.on).min()
    }

    /// The dates of every `kind` event, earliest first.
    public func dates(of kind: PlanEventKind) -> [CivilDate] {
        events.filter { $0.kind == kind }.map(\.on).sorted()
    }

    /// The facts as they stood at the end of `date`: events and steps dated later are not yet known.
    /// Reviews stay, since a meeting may be scheduled ahead; one called off later was not yet.
    public func known(asOf date: CivilDate) -> PlanFacts {
        var copy = self
        copy.events = events.filter { $0.on <= date }
        copy.reviews = reviews.map { review in
            var review = review
            review.steps = review.steps.filter { $0.on <= date }
            if let cancelled = review.cancelledOn, cancelled > date { review.cancelledOn = nil }
            return review
        }
        return copy
    }
}
