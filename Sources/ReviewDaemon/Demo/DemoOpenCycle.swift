import ReviewCore

/// The open review cycle of a demo plan — the one today falls in — drawn for its ``DemoScenario``: where
/// its anchor lies (the last decision, or the first issue), the review it has so far (booked about eight
/// weeks ahead, perhaps held) with the steps done, and whether the review before it left an amended final
/// to issue. Only what the scenario makes late is late; everything else is on schedule.
struct DemoOpenCycle: Sendable, Hashable {
    var anchor: CivilDate
    var review: DemoReview?
    /// The review before decided `amend` on `anchor`, with its notice, and the amended final is still to come.
    var amendedFinalPending = false

    /// Meetings are booked about eight weeks ahead: a later one has no review yet.
    static let bookingHorizonDays = 56

    /// Draws the cycle, again when its anchor would leave a phase transfer unready (a few tries, then the
    /// last one stands); `earliest` is the first day the plan could have been issued.
    static func draw(_ scenario: DemoScenario, today: CivilDate, earliest: CivilDate, transfers: DemoTransferWindows,
                     random: inout SeededRandom) -> DemoOpenCycle {
        var cycle = drawOnce(scenario, today: today, earliest: earliest, random: &random)
        for _ in 0..<DemoTransferWindows.draws where !transfers.fits(decisionOn: cycle.anchor, next: today) {
            cycle = drawOnce(scenario, today: today, earliest: earliest, random: &random)
        }
        return cycle
    }

    /// Whether `scenario`'s open cycle can be drawn for `child` with every phase transfer ready: a review
    /// running late now cannot have readied a transfer due meanwhile, so such a scenario goes to a child
    /// with no transfer in play. Draws from a copy of `random`, which it leaves as it was.
    static func fits(_ scenario: DemoScenario, child: ChildFacts, today: CivilDate, random: SeededRandom) -> Bool {
        var probe = random
        let transfers = DemoTransferWindows(child: child)
        let cycle = draw(scenario, today: today, earliest: DemoHistoryPlanner.earliestIssue(for: child),
                         transfers: transfers, random: &probe)
        return transfers.fits(decisionOn: cycle.anchor, next: today)
    }

    static func drawOnce(_ scenario: DemoScenario, today: CivilDate, earliest: CivilDate,
                         random: inout SeededRandom) -> DemoOpenCycle {
        let timing = DemoCycleTiming.onTime(&random)
        switch scenario {
        case .onTrack:
            // Anywhere in the cycle before its decision, and not before the plan could exist.
            let elapsed = random.int(0...min(timing.length - 1, earliest.days(until: today)))
            let anchor = today.adding(days: -elapsed)
            let meeting = anchor.adding(days: timing.toMeeting)
            let booked = meeting <= today.adding(days: bookingHorizonDays)
            return DemoOpenCycle(anchor: anchor, review: booked ? DemoReview.onSchedule(meeting: meeting, random: &random) : nil)
        case .annualReviewLate(let days):
            // The twelve months starting with the anchor ended `days` ago; the meeting is not held yet, and
            // for half of these not even booked.
            let anchor = today.adding(days: 1 - days).adding(months: -12)
            guard random.chance(50) else { return DemoOpenCycle(anchor: anchor, review: nil) }
            let meeting = today.adding(days: random.int(15...45))
            return DemoOpenCycle(anchor: anchor, review: DemoReview.onSchedule(meeting: meeting, random: &random))
        case .adviceLate(let days):
            let meeting = today.adding(days: AdviceRule.weeksBeforeMeeting * 7 - days)
            let viewsIn = random.chance(50)
            return around(meeting, timing: timing, random: &random) { review, random in
                review.invitationsOn = meeting.adding(days: -random.int(21...28))
                review.advice = .partial(receivedOn: meeting.adding(days: -random.int(15...20)), missing: random.int(1...2))
                if !viewsIn { review.viewsOn = nil }
            }
        case .reportLate(let days):
            let meeting = today.adding(days: -(ReportRule.weeksAfterMeeting * 7 + days))
            return around(meeting, timing: timing, random: &random) { review, _ in review.reportOn = nil }
        case .decisionLate(let days):
            // Drawn on time, the anchor is at most 320 days before the meeting: the annual date comes after
            // the four weeks, so the decision is due four weeks after the meeting.
            return around(today.adding(days: -(DecisionRule.weeksAfterMeeting * 7 + days)), timing: timing, random: &random)
        case .amendedFinalLate(let days):
            return DemoOpenCycle(anchor: today.adding(days: -(AmendedFinalRule.weeksAfterNotice * 7 + days)), review: nil,
                                 amendedFinalPending: true)
        case .showcase(let role):
            return showcase(role, today: today, timing: timing, random: &random)
        }
    }

    static func showcase(_ role: DemoShowcaseRole, today: CivilDate, timing: DemoCycleTiming,
                         random: inout SeededRandom) -> DemoOpenCycle {
        switch role {
        case .amendedFinalToday:
            return DemoOpenCycle(anchor: today.adding(days: -35), review: nil, amendedFinalPending: true)
        case .decisionToday:
            return around(today.adding(days: -12), timing: timing, random: &random) { review, _ in review.reportOn = nil }
        case .bookingToday:
            // The meeting booked today, six weeks ahead, lets the decision come before the annual date.
            return DemoOpenCycle(anchor: today.adding(days: -290), review: nil)
        case .adviceDueSoon:
            return around(today.adding(days: 28), timing: timing, random: &random) { review, _ in
                review.invitationsOn = today.adding(days: -2)
                review.advice = .partial(receivedOn: today.adding(days: -1), missing: 1)
                review.viewsOn = nil
            }
        case .adviceMissed:
            return around(today.adding(days: 13), timing: timing, random: &random) { review, _ in
                review.invitationsOn = today.adding(days: -15)
                review.advice = .partial(receivedOn: today.adding(days: -6), missing: 1)
                review.viewsOn = today.adding(days: -4)
            }
        }
    }

    /// The cycle whose meeting falls on `meeting`, its review drawn on schedule, then changed by `change`.
    static func around(_ meeting: CivilDate, timing: DemoCycleTiming, random: inout SeededRandom,
                       _ change: (inout DemoReview, inout SeededRandom) -> Void = { _, _ in }) -> DemoOpenCycle {
        var review = DemoReview.onSchedule(meeting: meeting, random: &random)
        change(&review, &random)
        return DemoOpenCycle(anchor: meeting.adding(days: -timing.toMeeting), review: review)
    }
}
