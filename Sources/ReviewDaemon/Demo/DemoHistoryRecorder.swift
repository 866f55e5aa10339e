import ReviewCore
import ReviewStore

/// Writes a ``DemoPlanHistory`` through the repository, as of `today`: only what has happened by then
/// (the planner draws future dates too), each review's steps in order, and all of it with
/// `notify: false` — nobody is told today about a plan issued three years ago. Going through the
/// repository means the demo's data obeys the same checks and audit as real data.
struct DemoHistoryRecorder {
    let store: ReviewStore
    let today: CivilDate
    let actor: AuditActor

    func record(_ history: DemoPlanHistory, plan: PlanID, child: ChildFacts) async throws -> Int {
        if history.draftOn > child.dateOfBirth {
            _ = try await store.recordEvent(plan, kind: .draftIssued, on: history.draftOn, by: actor, notify: false)
        }
        _ = try await store.recordEvent(plan, kind: .finalIssued, on: history.firstIssuedOn, by: actor, notify: false)
        var booked = 0
        for review in history.reviews where review.meetingOn <= today.adding(days: DemoOpenCycle.bookingHorizonDays) {
            try await record(review, plan: plan, child: child)
            booked += 1
        }
        return booked
    }

    func record(_ review: DemoReview, plan: PlanID, child: ChildFacts) async throws {
        let booked = try await store.scheduleReview(plan: plan, meetingOn: review.meetingOn, by: actor, notify: false)
        func step(_ kind: ReviewStepKind, on date: CivilDate?, professional: ProfessionalID? = nil,
                  decision: ReviewDecision? = nil, from: ViewsSource? = nil, pfa: Bool? = nil) async throws {
            guard let date, date <= today else { return }
            _ = try await store.recordStep(booked.id, ReviewStepRecord(step: kind, on: date, professionalID: professional,
                                                                       decision: decision, from: from, pfaConsidered: pfa),
                                           by: actor, notify: false)
        }
        try await step(.invitationsSent, on: review.invitationsOn)
        switch review.advice {
        case .circulated(let day):
            try await step(.adviceCirculated, on: day)
        case .partial(let day, let missing):
            for invitee in Self.sendingAdvice(booked.invitees, missing: missing) {
                try await step(.adviceReceived, on: day, professional: invitee.professionalID)
            }
        case .none:
            break
        }
        let grownUp = child.age(on: review.meetingOn) >= 16
        try await step(.viewsReceived, on: review.viewsOn, from: grownUp ? .youngPerson : .parent)
        guard review.meetingOn <= today else { return }
        // From Year 9 every meeting considers preparation for adulthood (regs 20(6), 21(6)).
        try await step(.meetingHeld, on: review.meetingOn,
                       pfa: child.yearGroup(on: review.meetingOn) >= .year9 ? true : nil)
        try await step(.reportSent, on: review.reportOn)
        guard let decision = review.decision, let decidedOn = review.decidedOn, decidedOn <= today else { return }
        try await step(.decisionIssued, on: decidedOn, decision: decision)
        let events: [(PlanEventKind, CivilDate?)] = [
            (.amendmentProposed, review.amendmentNoticeOn), (.amendedFinalIssued, review.amendedFinalOn),
        ]
        for (kind, date) in events {
            guard let date, date <= today else { return }
            _ = try await store.recordEvent(plan, kind: kind, on: date, by: actor, notify: false)
        }
    }

    /// The invitees who sent their advice while `missing` of them still owe it. Those who owe it are health
    /// professionals where the plan has enough of them, never the caseworker, who gathers the advice (a
    /// reminder to them would make no sense).
    static func sendingAdvice(_ invitees: [Invitee], missing: Int) -> [Invitee] {
        let others = invitees.filter { $0.role != .senCaseworker }
        let health = others.filter { DemoContributors.healthRoles.contains($0.role) }
        let owing = Set((others.filter { !DemoContributors.healthRoles.contains($0.role) } + health)
            .suffix(missing).map(\.professionalID))
        return invitees.filter { !owing.contains($0.professionalID) }
    }
}
