public import Foundation
public import ReviewCore
public import ReviewStore

/// A real SQLite file in a fresh temporary folder, removed when the value is released, and a store
/// opened on it with a ``FakeClock`` in Europe/London.
public final class TemporaryDatabase: Sendable {
    public let folder: URL
    public let path: String
    public let clock: FakeClock

    public init(now: String = "2026-11-29T09:00:00Z") throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ehc-review-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("reviews.sqlite").path
        clock = FakeClock(iso: now)
    }

    /// Opens a store on the file (migrating it).
    public func open(settings: RuleSettings = .standard) throws -> ReviewStore {
        try ReviewStore(path: path, clock: clock, timeZone: london, settings: settings)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Europe/London, the zone of every English authority.
public let london: TimeZone = {
    guard let zone = TimeZone(identifier: "Europe/London") else {
        preconditionFailure("tzdata is missing: install the tzdata package")
    }
    return zone
}()

/// The actor tests make their changes as.
public let testAdmin = AuditActor(uid: 0, userName: "root", via: "test")
