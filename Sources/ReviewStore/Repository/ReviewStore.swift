public import Foundation
import GRDB
public import ReviewCore
import Synchronization

/// The repository: the only door to the SQLite database, speaking the core's types.
///
/// It opens a GRDB `DatabasePool` (WAL: readers never wait for the writer), migrates the schema, and
/// offers one method per change the product makes. Every change is one transaction that also writes its
/// audit line and re-materialises the deadlines of the plan it touches, so a crash can never leave a plan
/// changed without its deadlines, or a change without its audit line.
///
/// ```swift
/// let store = try ReviewStore(path: "/var/lib/ehc-review/reviews.sqlite", clock: clock,
///                             timeZone: london, settings: .standard)
/// let child = try await store.addChild(newChild, by: actor)
/// ```
public final class ReviewStore: Sendable {
    let pool: DatabasePool
    let clock: any WallClock
    let calendar: LocalCalendar
    private let calculatorBox: Mutex<DeadlineCalculator>
    private let fullNamesBox = Mutex(false)
    private let documentPolicyBox = Mutex(DocumentPolicy.standard)
    private let iassBox = Mutex<String?>(nil)

    /// Whether notices written from now on name the child in full (`mail.full_names`) rather than by initials.
    public var noticesUseFullNames: Bool {
        get { fullNamesBox.withLock { $0 } }
        set { fullNamesBox.withLock { $0 = newValue } }
    }

    /// The local SEND information, advice and support service, quoted to families (`family.iass_contact`).
    public var iassContact: String? {
        get { iassBox.withLock { $0 } }
        set { iassBox.withLock { $0 = newValue } }
    }

    /// How notices written from now on carry a version's document (`mail.secure_domains`,
    /// `mail.max_message_bytes`, `links.plan_url`).
    public var documentPolicy: DocumentPolicy {
        get { documentPolicyBox.withLock { $0 } }
        set { documentPolicyBox.withLock { $0 = newValue } }
    }

    /// The rules with the settings in force (the warning window can change on a config reload).
    var calculator: DeadlineCalculator { calculatorBox.withLock { $0 } }

    /// How hard each commit presses data to disk.
    public enum Durability: Sendable {
        /// `synchronous = FULL`: a committed change survives a power cut. The daemon's setting.
        case full
        /// `synchronous = OFF`: for bulk loads that can simply be run again (the demo's seeding).
        case bulkLoad
    }

    /// Opens (creating if need be) and migrates the database at `path`.
    public init(path: String, clock: any WallClock, timeZone: TimeZone, settings: RuleSettings = .standard,
                durability: Durability = .full) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // FULL: a notice or a decision recorded is on disk before the caller hears "done".
            try db.execute(sql: durability == .full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF")
        }
        let calculator = DeadlineCalculator(settings: settings)
        do {
            let opened = try DatabasePool(path: path, configuration: configuration)
            // Refuse before migrating anything: a newer version's schema is not ours to touch.
            let unknown = try opened.read { db in
                try SchemaMigrator.migrator.appliedIdentifiers(db).subtracting(SchemaMigrator.versions).sorted()
            }
            guard unknown.isEmpty else {
                try? opened.close()
                throw StoreError.newerSchema(unknown: unknown)
            }
            pool = opened
            try SchemaMigrator.migrator.migrate(pool)
            let today = LocalCalendar(timeZone: timeZone).civilDate(of: clock.now())
            try pool.write { db in
                try Self.rematerialiseIfRulesChanged(db, calculator: calculator, today: today)
            }
        } catch {
            throw ConstraintMapping.storeError(from: error)
        }
        self.clock = clock
        self.calendar = LocalCalendar(timeZone: timeZone)
        self.calculatorBox = Mutex(calculator)
    }

    /// Applies new rule settings at run time. Only settings that change how deadlines are judged (the
    /// `due_soon` window) can change so; settings that change the deadlines themselves need a restart,
    /// which re-materialises every plan, and are refused here naming the setting.
    public func apply(settings: RuleSettings) throws(FieldError) {
        let updated = DeadlineCalculator(settings: settings)
        try calculatorBox.withLock { (current: inout DeadlineCalculator) throws(FieldError) in
            guard updated.fingerprint == current.fingerprint else {
                throw FieldError(field: "rules", reason: "under_five_review_months and amendment_notice_weeks apply after a restart")
            }
            current = updated
        }
    }

    /// The rule settings in force.
    public var settings: RuleSettings { calculator.settings }

    /// Recomputes every plan's stored deadlines when they were made by other rules or settings than
    /// `calculator`'s (a new release, a changed `under_five_review_months`). One transaction.
    static func rematerialiseIfRulesChanged(_ db: Database, calculator: DeadlineCalculator, today: CivilDate) throws {
        let stored = try String.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = 'deadline_rules'")
        guard stored != calculator.fingerprint else { return }
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM plans ORDER BY id") {
            try refreshDeadlines(db, PlanID(id), calculator: calculator, today: today)
        }
        try db.execute(sql: "INSERT OR REPLACE INTO store_meta (key, value) VALUES ('deadline_rules', ?)",
                       arguments: [calculator.fingerprint])
    }

    /// Checkpoints the WAL and closes every connection; the store is unusable afterwards.
    public func close() throws {
        try pool.close()
    }

    /// Today in the authority's time zone, from the injected clock.
    public var today: CivilDate { calendar.civilDate(of: clock.now()) }

    /// Runs `body` in one write transaction, turning SQLite errors into ``StoreError``s.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw ConstraintMapping.storeError(from: error)
        }
    }

    /// Runs `body` on a snapshot of the database.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw ConstraintMapping.storeError(from: error)
        }
    }

    /// The schema version identifiers applied to this database, in order.
    public func appliedMigrations() async throws -> [String] {
        try await read { db in try SchemaMigrator.migrator.appliedIdentifiers(db) }.sorted {
            (SchemaMigrator.versions.firstIndex(of: $0) ?? .max) < (SchemaMigrator.versions.firstIndex(of: $1) ?? .max)
        }
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound database.
    public func integrityCheck() async throws -> [String] {
        try await read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
