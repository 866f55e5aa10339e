import ReviewCore

/// Draws a demo plan's history for its scenario, working backwards from today: first the open cycle the
/// scenario asks for (``DemoOpenCycle``), then each concluded cycle before it (``DemoCycleTiming``,
/// ``DemoReview/concluded(meeting:decidedOn:decision:finalBy:random:)``) until the plan's age is reached.
///
/// Working backwards is what makes the late list plausible: whatever is late today is the open cycle's, so
/// it is recent by construction, and every cycle before it is concluded — its decision issued, its steps
/// done (a few late, a few lapsed). Every decision date is checked against the child's phase transfers
/// (``DemoTransferWindows``), so most children who moved school had their plan amended or confirmed by
/// 15 February. Pure and deterministic for a given `random`.
enum DemoHistoryPlanner {
    /// A decision this close to a transfer's due date confirms the plan (`maintain`): an amendment could
    /// not have its final out in time.
    static let daysToAmendBeforeTransfer = 45

    /// - Parameter ageInDays: how long ago the plan should have been first issued, at most (the history
    ///   may stop short of it, and goes past it only to keep a transfer or the scenario whole).
    static func plan(child: ChildFacts, scenario: DemoScenario, ageInDays: Int, today: CivilDate,
                     random: inout SeededRandom) -> DemoPlanHistory {
        let transfers = DemoTransferWindows(child: child)
        let earliest = earliestIssue(for: child)
        let wanted = max(today.adding(days: -ageInDays), earliest)
        let open = DemoOpenCycle.draw(scenario, today: today, earliest: earliest, transfers: transfers, random: &random)
        var concluded: [DemoReview] = []
        var decided = open.anchor
        while true {
            var timing = DemoCycleTiming.history(&random)
            for _ in 0..<DemoTransferWindows.draws
            where !transfers.fits(decisionOn: decided.adding(days: -timing.length), next: decided) {
                timing = DemoCycleTiming.history(&random)
            }
            let anchor = decided.adding(days: -timing.length)
            // Stop at the plan's age — unless the scenario needs a review before the open cycle, or stopping
            // would make a date inside a transfer window the first issue, which readies nothing.
            let needed = (concluded.isEmpty && open.amendedFinalPending) || transfers.due(ofWindowContaining: decided) != nil
            if anchor < earliest || (anchor < wanted && !needed) { break }
            concluded.append(review(meeting: decided.adding(days: -timing.toDecision), decidedOn: decided,
                                    amendedFinalPending: concluded.isEmpty && open.amendedFinalPending,
                                    transfers: transfers, random: &random))
            decided = anchor
        }
        return DemoPlanHistory(draftOn: decided.adding(weeks: -6), firstIssuedOn: decided,
                               reviews: concluded.reversed() + [open.review].compactMap { $0 })
    }

    /// The first day a plan of `child` can have been issued: 200 days after birth, its draft six weeks
    /// before, after Part 3 of the CFA 2014 began.
    static func earliestIssue(for child: ChildFacts) -> CivilDate {
        max(child.dateOfBirth.adding(days: 200), PlausibleDates.partThreeInForce.adding(weeks: 6))
    }

    /// The concluded review whose decision on `decidedOn` anchors the next cycle: one that readies a phase
    /// transfer amends with the final out in time (or, close to the due date, confirms the plan); a third of
    /// the others amend.
    static func review(meeting: CivilDate, decidedOn: CivilDate, amendedFinalPending: Bool,
                       transfers: DemoTransferWindows, random: inout SeededRandom) -> DemoReview {
        if amendedFinalPending {
            var review = DemoReview.concluded(meeting: meeting, decidedOn: decidedOn, decision: .amend, finalBy: nil,
                                              random: &random)
            review.amendmentNoticeOn = decidedOn
            review.amendedFinalOn = nil
            return review
        }
        if let due = transfers.due(ofWindowContaining: decidedOn) {
            let amend = decidedOn.days(until: due) >= daysToAmendBeforeTransfer && random.chance(60)
            return DemoReview.concluded(meeting: meeting, decidedOn: decidedOn, decision: amend ? .amend : .maintain,
                                        finalBy: amend ? due : nil, random: &random)
        }
        return DemoReview.concluded(meeting: meeting, decidedOn: decidedOn, decision: random.chance(33) ? .amend : .maintain,
                                    finalBy: nil, random: &random)
    }
}
