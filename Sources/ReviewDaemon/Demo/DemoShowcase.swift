import ReviewCore
import ReviewStore

/// Today's events on the showcase plans (``DemoShowcaseRole``), recorded with `notify: true` on the demo's
/// first run so that the outbox holds real notices of every kind a professional receives — written by the
/// same use cases as the API's, never forged: the amended final plan and the plan in force for a therapist
/// who joins, the report and the decision, and a meeting booked with its time and place (the invitation
/// with its iCalendar entry, which is also the request for advice). The advice reminder, the "missed advice" notice and the late
/// deadline come from the deadline pass that follows, as on any day (``DemoFirstRun``).
struct DemoShowcase {
    let store: ReviewStore
    let today: CivilDate
    let actor: AuditActor
    /// Where the example plan document goes, so the amended plan's notice carries a real PDF.
    var documents: DocumentFolder?

    /// Records the day's events; a showcase plan missing (a demo of fewer than five plans) is skipped.
    func run() async throws {
        if let plan = try await plan(.amendedFinalToday) {
            var documentID: Int64?
            if let documents {
                let stored = try documents.store(bytes: DemoPlanPDF.bytes(reference: plan.reference, on: today))
                documentID = try await store.recordDocument(sha256: stored.sha256, bytes: stored.bytes, by: actor).document.id
            }
            _ = try await RecordPlanEvent(store)(plan.id, kind: .amendedFinalIssued, on: today, documentID: documentID,
                                                 by: actor, notify: true)
            if let joiner = try await newcomer(to: plan.id) {
                try await store.addContributor(plan: plan.id, professional: joiner.id, by: actor, notify: true)
            }
        }
        if let plan = try await plan(.decisionToday), let review = try await store.reviews(plan: plan.id).last {
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .reportSent, on: today), by: actor, notify: true)
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .decisionIssued, on: today, decision: .maintain),
                                           by: actor, notify: true)
        }
        if let plan = try await plan(.bookingToday) {
            // With a time and a place, as most meetings are booked: the diary entry is timed, not all day.
            let details = try MeetingDetails(startsAt: "10:00", endsAt: "11:30", location: "Meeting room 2, Civic Centre",
                                             onlineURL: "https://meet.demo.example/" + plan.reference.lowercased())
            let review = try await ScheduleReview(store)(plan: plan.id, meetingOn: today.adding(weeks: 6), details: details,
                                                         by: actor, notify: true)
            _ = try await store.recordStep(review.id, ReviewStepRecord(step: .invitationsSent, on: today), by: actor,
                                           notify: true)
        }
    }

    func plan(_ role: DemoShowcaseRole) async throws -> Plan? {
        try await store.plan(reference: role.reference)
    }

    /// A therapist not yet on the plan, who joins it today.
    func newcomer(to plan: PlanID) async throws -> Professional? {
        let present = Set(try await store.contributors(plan: plan).map(\.professional.id))
        return try await store.professionals(limit: 500).first {
            $0.active && DemoContributors.healthRoles.contains($0.role) && !present.contains($0.id)
        }
    }
}
