import ReviewCore
import ReviewStore

/// The lines of the demo's summary that say which example messages the first run queued — one per kind,
/// with how many and for which plans — so a newcomer knows what to open in the mail folder.
enum DemoMailExamples {
    /// What each kind of message is, in the order the lines come.
    static let kinds: [(NoticeKind, String)] = [
        (.draftIssued, "draft plan issued"),
        (.finalIssued, "final plan issued"),
        (.amendmentProposed, "amendments proposed"),
        (.amendedFinalIssued, "amended final plan issued, to every contributor"),
        (.ceased, "plan ceased"),
        (.currentVersion, "the plan in force, to a professional who joined it"),
        (.reviewScheduled, "review meeting booked: the invitation (iCalendar) and the request for advice"),
        (.reviewMoved, "review meeting moved"),
        (.reviewCancelled, "review meeting cancelled"),
        (.adviceRequested, "advice requested"),
        (.adviceReminder, "reminder: advice due in two weeks"),
        (.adviceMissed, "advice missed: due yesterday, still owed"),
        (.reportCirculated, "review report circulated"),
        (.decisionIssued, "decision notice"),
        (.deadlineLate, "a deadline turned late, to the caseworker"),
        (.digest, "the team's digest"),
        (.personalDigest, "a professional's own list"),
        (.familyInvitation, "to the family: the review meeting, with the date, time and place"),
        (.familyViewsRequested, "to the family: their views and the child's, and the date they are needed by"),
        (.familyViewsReminder, "to the family: a reminder that their views are needed soon"),
        (.familyReport, "to the family: the review report"),
        (.familyDecision, "to the family: the decision, the right of appeal, mediation and who can help"),
        (.familyAmendedFinal, "to the family: the amended plan"),
        (.familyUpdate, "to the family: a step they wait on is late, and what happens next"),
    ]

    static func lines(store: ReviewStore) async throws -> [String] {
        let queued = try await store.notices(state: .queued, limit: 10_000)
        var references: [PlanID: String] = [:]
        for id in Set(queued.compactMap(\.planID)) {
            references[id] = try await store.plan(id)?.reference
        }
        return kinds.compactMap { kind, meaning in
            let notices = queued.filter { $0.kind == kind }
            guard !notices.isEmpty else { return nil }
            let plans = Array(Set(notices.compactMap { $0.planID.flatMap { references[$0] } })).sorted()
            let shown = plans.prefix(3).joined(separator: ", ") + (plans.count > 3 ? ", …" : "")
            let messages = notices.count == 1 ? "1 message" : "\(notices.count) messages"
            return "  \(kind.rawValue): \(meaning) — \(messages)" + (shown.isEmpty ? "" : " (\(shown))")
        }
    }
}
