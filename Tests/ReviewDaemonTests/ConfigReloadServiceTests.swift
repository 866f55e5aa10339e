import Foundation
import ReviewCore
import ReviewDaemon
import ReviewStore
import ReviewTestSupport
import Synchronization
import Testing

@Suite("SIGHUP: reloading the config file at run time")
struct ConfigReloadServiceTests {
    final class Counter: Sendable {
        let value = Mutex(0)
        func bump() { value.withLock { $0 += 1 } }
    }

    @Test("digest, mail and the warning window apply at once; the database and rules that shape deadlines wait")
    func appliesWhatItCan() async throws {
        try await withConfigScratch { scratch in
            let original = try await scratch.loadValid()
            let database = try TemporaryDatabase()
            let store = try database.open()
            let live = LiveConfig(original, path: "\(scratch.folder)/ehc-reviewd.yaml")
            let pokes = Counter()
            let service = ConfigReloadService(live: live, store: store, environment: [:],
                                              notifier: SystemdNotifier(environment: [:]), logger: quietLogger,
                                              onApplied: { pokes.bump() })
            _ = try await scratch.load(changing: [
                "digest.at": "\"06:30\"", "rules.due_soon_days": "21", "rules.under_five_review_months": "3",
                "database": "\(scratch.folder)/other.sqlite",
            ])
            await service.reload()
            #expect(live.value.digest.at == (try LocalTime(hour: 6, minute: 30)))
            #expect(live.value.rules.dueSoonDays == 21)
            #expect(store.settings.dueSoonDays == 21, "the store judges with the new window")
            #expect(live.value.rules.underFiveReviewMonths == original.rules.underFiveReviewMonths)
            #expect(store.settings.underFiveReviewMonths == original.rules.underFiveReviewMonths)
            #expect(live.value.database == original.database)
            #expect(pokes.value.withLock { $0 } == 1, "the scheduler is asked to look again")
        }
    }

    @Test("a file that no longer passes the checks changes nothing")
    func badFileIgnored() async throws {
        try await withConfigScratch { scratch in
            let original = try await scratch.loadValid()
            let database = try TemporaryDatabase()
            let live = LiveConfig(original, path: "\(scratch.folder)/ehc-reviewd.yaml")
            let pokes = Counter()
            let service = ConfigReloadService(live: live, store: try database.open(), environment: [:],
                                              notifier: SystemdNotifier(environment: [:]), logger: quietLogger,
                                              onApplied: { pokes.bump() })
            _ = try await scratch.load(changing: ["digest.at": "\"half past six\"", "mail.transport": "pigeon"])
            await service.reload()
            #expect(live.value == original)
            #expect(pokes.value.withLock { $0 } == 0)
        }
    }

    @Test("the demo has no file: a reload is ignored")
    func demoIgnoresReload() async throws {
        let database = try TemporaryDatabase()
        let demo = DaemonConfig.demo(root: database.folder.path)
        let live = LiveConfig(demo, path: nil)
        let service = ConfigReloadService(live: live, store: try database.open(), environment: [:],
                                          notifier: SystemdNotifier(environment: [:]), logger: quietLogger,
                                          onApplied: {})
        await service.reload()
        #expect(live.value == demo)
    }
}
