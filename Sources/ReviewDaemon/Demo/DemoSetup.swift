import Foundation
import ReviewCore
import ReviewStore

/// Prepares `--demo`: creates the demo folder, seeds the synthetic authority on first run only (a second
/// run reuses the data), and prints what is there and what to try next.
enum DemoSetup {
    static func prepare(root: String, clock: any WallClock, count: Int = 300) async throws -> DaemonConfig {
        let config = DaemonConfig.demo(root: root)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try FileManager.default.createDirectory(atPath: config.mail.directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        // Seeding can simply run again if interrupted (it starts over on an empty database), so it need not
        // wait for the disk on each of its thousands of small commits.
        let store = try ReviewStore(path: config.database, clock: clock, timeZone: config.timeZone, settings: config.rules,
                                    durability: .bulkLoad)
        let today = LocalCalendar(timeZone: config.timeZone).civilDate(of: clock.now())
        var lines: [String] = []
        if try await store.planCount() == 0 {
            say("ehc-reviewd demo: seeding a synthetic authority in \(root) (first run only)…")
            let started = ContinuousClock.now
            let summary = try await DemoAuthority.seed(into: store, today: today, count: count) { done in
                if done % 50 == 0 { say("  \(done) of \(count) plans…") }
            }
            let elapsed = ContinuousClock.now - started
            let tenths = elapsed.components.seconds * 10 + elapsed.components.attoseconds / 100_000_000_000_000_000
            lines.append("Seeded \(summary.plans) plans, \(summary.reviews) reviews and \(summary.professionals) "
                + "professionals in \(tenths / 10).\(tenths % 10) s.")
        } else {
            lines.append("Reusing the demo data in \(root) (delete the folder to start again).")
        }
        let late = try await store.lateDeadlineCount(asOf: today)
        let plans = try await store.planCount()
        try store.close()
        lines += [
            "\(plans) plans; \(late) statutory deadlines late today (\(today)).",
            "",
            "Database: \(config.database)   Admin socket: \(config.socket.path)   Mail (.eml files): \(config.mail.directory)",
            "Try, in another terminal:",
            "  export EHC_REVIEW_SOCKET=\(config.socket.path)",
            "  swift run ehc-reviewctl status",
            "  swift run ehc-reviewctl deadlines --late --limit 10",
            "  swift run ehc-reviewctl plans show 1        (then: swift run ehc-reviewctl deadlines --plan 1)",
            "  curl --unix-socket \(config.socket.path) http://localhost/v1/status",
            "  kill -HUP \(ProcessInfo.processInfo.processIdentifier)   (reload: logged and ignored in the demo, which has no file)",
            "Stop with Ctrl-C: the daemon finishes what it is doing and closes the database.",
            "",
        ]
        say(lines.joined(separator: "\n"))
        return config
    }

    /// Writes straight to standard output (unbuffered), so the lines appear before the daemon's logs.
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
