public import ReviewCore

/// Builders for the plan facts that the rule tests and the store tests share, so that each test states
/// only the facts it is about.
public enum PlanFixtures {
    /// A child born on `born` with no year-group override.
    public static func child(born: String) -> ChildFacts {
        ChildFacts(dateOfBirth: day(born))
    }

    /// A plan first issued on `issued` for a child born on `born` (default: a Year 3 child in 2025/26).
    public static func plan(issued: String, born: String = "2017-05-10", reviews: [ReviewFacts] = [],
                            events: [PlanEvent] = [], nextTransfer: PhaseTransfer? = nil) -> PlanFacts {
        PlanFacts(child: child(born: born), events: [PlanEvent(kind: .finalIssued, on: day(issued))] + events,
                  reviews: reviews, nextTransfer: nextTransfer)
    }

    /// A review with meeting on `meeting` and the given steps, as `(step, date)` pairs.
    public static func review(_ id: Int64, meeting: String, invitees: [Invitee] = [],
                              steps: [(ReviewStepKind, String)] = [], decision: ReviewDecision? = nil)
        -> ReviewFacts
    {
        ReviewFacts(
            id: ReviewID(id), meetingOn: day(meeting), invitees: invitees,
            steps: steps.map { step, on in
                ReviewStepRecord(step: step, on: day(on), decision: step == .decisionIssued ? (decision ?? .maintain) : nil)
            })
    }

    /// A concluded review: meeting held on `meeting`, everything done in time, decision on `decided`.
    public static func concludedReview(_ id: Int64, meeting: String, decided: String,
                                       decision: ReviewDecision = .maintain) -> ReviewFacts {
        let meetingDay = day(meeting)
        return review(id, meeting: meeting,
                      steps: [(.invitationsSent, meetingDay.adding(weeks: -3).description),
                              (.adviceReceived, meetingDay.adding(weeks: -3).description),
                              (.meetingHeld, meeting), (.reportSent, meetingDay.adding(days: 7).description),
                              (.decisionIssued, decided)],
                      decision: decision)
    }
}

extension Array where Element == Deadline {
    /// The deadlines of one rule.
    public func rule(_ id: RuleID) -> [Deadline] { filter { $0.rule == id } }
}
