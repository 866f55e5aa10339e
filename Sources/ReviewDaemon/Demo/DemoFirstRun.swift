import ReviewCore
import ReviewStore

/// The demo's first run, on an empty database: seeds the authority, records the showcase plans' events of
/// the day (``DemoShowcase``), runs the day's deadline pass and, when the daemon's first wake-up will not
/// send the digest yet, an extra digest — so that within seconds of starting, the mail folder holds an
/// example of every message a professional receives, delivered by the daemon's own dispatcher.
///
/// The deadline pass is the one the daemon's first wake-up runs (``ProcessTransitions``: what turns due
/// soon or late today, with its notices — the advice reminder, the "missed advice" notice, the late
/// deadline to the caseworker). Running it here rather than leaving it to that wake-up changes nothing in
/// what is sent — the daemon then finds today done — but lets the summary list what was queued, and lets
/// the digest count today's changes.
struct DemoFirstRun {
    let store: ReviewStore
    let config: DaemonConfig
    let clock: any WallClock
    let count: Int

    /// What the first run did.
    struct Outcome: Sendable {
        var summary: DemoAuthority.Summary
        /// Whether an extra digest went out now (before `digest.at`; after it, the first wake-up sends the day's).
        var extraDigest: Bool
    }

    func run(today: CivilDate, progress: @escaping @Sendable (Int) -> Void) async throws -> Outcome {
        let started = clock.now()
        let summary = try await DemoAuthority.seed(into: store, today: today, count: count, progress: progress)
        try await DemoShowcase(store: store, today: today, actor: DemoAuthority.actor,
                               documents: DocumentFolder(besideDatabase: config.database)).run()
        _ = try await store.processTransitions(through: today)
        let schedule = DigestSchedule(at: config.digest.at, calendar: LocalCalendar(timeZone: config.timeZone))
        let digestAtFirstWake = schedule.dateDue(at: clock.now(), lastRecorded: try await store.lastScheduledDigestDate()) != nil
        if !digestAtFirstWake {
            // An extra digest, as `POST /v1/digest/run` records it (the team's message, no personal lists),
            // counting the messages this run queued as being sent now, not as undelivered.
            _ = try await RecordDigest(store)(for: today, kind: .manual, recipients: config.digest.recipients,
                                              personal: false, actor: DemoAuthority.actor, passStartedAt: started)
        }
        return Outcome(summary: summary, extraDigest: !digestAtFirstWake)
    }
}
