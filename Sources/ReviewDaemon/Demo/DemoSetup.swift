import Foundation
import ReviewCore
import ReviewStore

/// Prepares `--demo`: creates the demo folder, seeds the synthetic authority and queues the example
/// messages on first run only (``DemoFirstRun``; a second run reuses the data and queues nothing), and
/// prints what is there, where the example messages go, and what to try next.
enum DemoSetup {
    static func prepare(root: String, clock: any WallClock, count: Int = 300,
                        say: @escaping @Sendable (String) -> Void = DemoSetup.say) async throws -> DaemonConfig {
        let config = DaemonConfig.demo(root: root)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try FileManager.default.createDirectory(atPath: config.mail.directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        // Seeding can simply run again if interrupted (it starts over on an empty database), so it need not
        // wait for the disk on each of its thousands of small commits.
        let store = try ReviewStore(path: config.database, clock: clock, timeZone: config.timeZone, settings: config.rules,
                                    durability: .bulkLoad)
        store.documentPolicy = config.documentPolicy
        let today = LocalCalendar(timeZone: config.timeZone).civilDate(of: clock.now())
        var lines: [String] = []
        if try await store.planCount() == 0 {
            say("ehc-reviewd demo: seeding a synthetic authority in \(root) (first run only)…")
            let started = ContinuousClock.now
            let outcome = try await DemoFirstRun(store: store, config: config, clock: clock, count: count)
                .run(today: today) { done in
                    if done % 50 == 0 { say("  \(done) of \(count) plans…") }
                }
            let elapsed = ContinuousClock.now - started
            let tenths = elapsed.components.seconds * 10 + elapsed.components.attoseconds / 100_000_000_000_000_000
            let summary = outcome.summary
            lines.append("Seeded \(summary.plans) plans, \(summary.reviews) reviews and \(summary.professionals) "
                + "professionals in \(tenths / 10).\(tenths % 10) s.")
            lines.append("")
            lines.append("Example messages, one of each kind a professional or a family receives, queued for "
                + "\(config.mail.directory) (the daemon writes them there as .eml files in its first seconds):")
            lines += try await DemoMailExamples.lines(store: store)
            let letters = try await store.lettersToPrint()
            if letters > 0 {
                lines.append("  letters: \(letters) to print and post, for families without email "
                    + "(ehc-reviewctl letters list; letters show ID prints one)")
            }
            if !outcome.extraDigest {
                lines.append("  digest: the team's digest and each professional's own list — at the first wake-up, "
                    + "as it is past \(config.digest.at)")
            }
        } else {
            lines.append("Reusing the demo data in \(root) (delete the folder to start again; its first run's example "
                + "messages are in \(config.mail.directory)).")
        }
        let late = try await store.lateDeadlineCount(asOf: today)
        let plans = try await store.planCount()
        try store.close()
        lines += [
            "",
            "\(plans) plans; \(late) statutory deadlines late today (\(today)).",
            "",
            "Database: \(config.database)   Admin socket: \(config.socket.path)   Mail (.eml files): \(config.mail.directory)",
            "Try, in another terminal:",
            "  export EHC_REVIEW_SOCKET=\(config.socket.path)",
            "  swift run ehc-reviewctl status",
            "  swift run ehc-reviewctl deadlines --late --limit 10",
            "  swift run ehc-reviewctl plans show EHC-00001        (then: swift run ehc-reviewctl deadlines --plan EHC-00001)",
            "  curl --unix-socket \(config.socket.path) http://localhost/v1/status",
            "  kill -HUP \(ProcessInfo.processInfo.processIdentifier)   "
                + "(reload: logged and ignored in the demo, which has no file)",
            "Stop with Ctrl-C: the daemon finishes what it is doing and closes the database.",
            "",
        ]
        say(lines.joined(separator: "\n"))
        return config
    }

    /// Writes straight to standard output (unbuffered), so the lines appear before the daemon's logs.
    @Sendable static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
