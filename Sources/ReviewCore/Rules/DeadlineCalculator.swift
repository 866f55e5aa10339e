/// Every deadline of a plan on a given day: runs each rule of DESIGN §4 over the plan's facts as known
/// that day, and judges each result with ``DeadlineState/of(due:done:asOf:statutory:dueSoonDays:)``.
///
/// ```swift
/// let calculator = DeadlineCalculator(settings: .standard)
/// let deadlines = calculator.deadlines(for: facts, asOf: try CivilDate(iso: "2026-11-29"))
/// ```
///
/// A deadline missed and no longer doable is `lapsed` (DESIGN §3): when the day it can no longer be met
/// comes (``DeadlineDraft/lapsesOn``: the meeting held for its invitations, advice and views; the decision
/// for its report; the move for a phase transfer) or the plan ceases, a deadline not done by then that was
/// already due is `lapsed`, keeping the days it was late that day; one not yet due is dropped, as nothing is
/// owed any more. Guidance that lapses is dropped (it was never a breach). The annual review never lapses
/// but with the plan.
public struct DeadlineCalculator: Sendable {
    /// A rule's deadline before it is judged against a day, with what the rule says about it.
    public struct Planned: Sendable, Hashable {
        public var draft: DeadlineDraft
        public var statutory: Bool
        public var source: String
        /// The day it lapsed (the plan ceased, or its ``DeadlineDraft/lapsesOn`` came) while still open: it
        /// can no longer be met, and lateness stops counting that day.
        public var closedOn: CivilDate?
        public var judgement: DeadlineJudgement

        public init(draft: DeadlineDraft, statutory: Bool, source: String, closedOn: CivilDate?,
                    judgement: DeadlineJudgement = .dueBy) {
            self.draft = draft
            self.statutory = statutory
            self.source = source
            self.closedOn = closedOn
            self.judgement = judgement
        }
    }

    public static let rules: [any DeadlineRule] = [
        AnnualReviewRule(), UnderFiveReviewRule(), InvitationsRule(), AdviceRule(), ViewsRule(),
        PreparationForAdulthoodRule(), SpecialistPathwayRule(), ReportRule(), DecisionRule(), AmendmentNoticeRule(),
        AmendedFinalRule(), RepresentationsRule(), PhaseTransferRule(),
    ]

    /// Bumped whenever a rule changes what it produces, so that stores re-materialise their deadlines.
    public static let rulesVersion = 3

    public let settings: RuleSettings

    /// Identifies the rules and the settings that change what they produce (not `dueSoonDays`, which
    /// only changes how deadlines are judged): stored deadlines made under another fingerprint are stale.
    public var fingerprint: String {
        "rules=\(Self.rulesVersion);under_five_months=\(settings.underFiveReviewMonths);"
            + "amendment_notice_weeks=\(settings.amendmentNoticeWeeks)"
    }

    public init(settings: RuleSettings = .standard) {
        self.settings = settings
    }

    /// Every deadline of the plan, judged on `asOf` from the facts known by then, earliest first.
    public func deadlines(for facts: PlanFacts, asOf: CivilDate) -> [Deadline] {
        planned(for: facts.known(asOf: asOf))
            .map { judge($0, asOf: asOf) }
            .sorted { ($0.dueOn, $0.rule.rawValue, $0.key) < ($1.dueOn, $1.rule.rawValue, $1.key) }
    }

    /// Every rule's deadlines from all the facts given, unjudged: what the store keeps for its indexes.
    public func planned(for facts: PlanFacts) -> [Planned] {
        let timeline = ReviewTimeline(facts: facts)
        let ceased = facts.ceasedOn
        // An import brings a plan's last review, not every one before it: what fell due before that
        // meeting is unknown, so it is neither late nor done late — judging starts at the known history.
        let knownFrom = timeline.facts.reviews.filter(\.imported).map(\.effectiveMeetingOn).max()
        return Self.rules.flatMap { rule in
            rule.drafts(for: timeline, settings: settings).compactMap { draft -> Planned? in
                if let knownFrom, draft.dueOn < knownFrom { return nil }
                var planned = Planned(draft: draft, statutory: rule.statutory, source: rule.source, closedOn: nil,
                                      judgement: rule.judgement)
                if let ceased, draft.doneOn.map({ $0 > ceased }) ?? true {
                    // Done after the plan ceased cannot count: the duty ended with it.
                    planned.draft.doneOn = nil
                    return Self.lapsing(planned, on: ceased)
                }
                if let lapse = draft.lapsesOn, draft.doneOn == nil {
                    return Self.lapsing(planned, on: lapse)
                }
                return planned
            }
        }
    }

    /// `planned`, still open, lapsing on `day`: kept and closed that day if it was due before it (a statutory
    /// breach that can no longer be mended), else dropped.
    static func lapsing(_ planned: Planned, on day: CivilDate) -> Planned? {
        guard planned.judgement == .dueBy, planned.statutory, planned.draft.dueOn < day else { return nil }
        var closed = planned
        closed.closedOn = day
        return closed
    }

    /// Judges one planned deadline on `asOf`.
    public func judge(_ planned: Planned, asOf: CivilDate) -> Deadline {
        let draft = planned.draft
        let judgedOn = planned.closedOn.map { min($0, asOf) } ?? asOf
        let done = draft.doneOn.flatMap { $0 <= judgedOn ? $0 : nil }
        if planned.judgement == .notBefore {
            let early = done.map { $0 < draft.dueOn } ?? false
            return Deadline(rule: draft.rule, key: draft.key, reviewID: draft.reviewID, dueOn: draft.dueOn, doneOn: done,
                            state: done == nil ? .pending : (early && planned.statutory ? .doneLate : .done),
                            daysLate: early && planned.statutory ? done.map { $0.days(until: draft.dueOn) } ?? 0 : 0,
                            statutory: planned.statutory, source: planned.source)
        }
        let lapsed = done == nil && planned.closedOn.map { asOf >= $0 } == true
        return Deadline(
            rule: draft.rule, key: draft.key, reviewID: draft.reviewID, dueOn: draft.dueOn, doneOn: done,
            state: lapsed ? .lapsed : DeadlineState.of(due: draft.dueOn, done: done, asOf: judgedOn,
                                                       statutory: planned.statutory, dueSoonDays: settings.dueSoonDays),
            daysLate: DeadlineState.daysLate(due: draft.dueOn, done: done, asOf: judgedOn,
                                             statutory: planned.statutory),
            statutory: planned.statutory, source: planned.source)
    }
}
