#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs `ehc-reviewctl backup FILE`: asks the daemon for a consistent copy of its database (`POST
/// /v1/backup`, taken with SQLite's online backup while it runs) and writes it to FILE atomically, mode
/// 0600 — the copy holds every child's record. The file appears only when the whole copy has arrived, is
/// as long as the daemon said, and starts like an SQLite database; otherwise FILE is left as it was.
///
/// ```swift
/// let outcome = await BackupRunner(client: AdminClient(socketPath: path, timeout: .seconds(300))).run(to: "ehc.sqlite")
/// ```
public struct BackupRunner: Sendable {
    public var client: AdminClient

    public init(client: AdminClient) {
        self.client = client
    }

    public func run(to path: String) async -> ControlOutcome {
        let file: OutputFile
        do {
            file = try OutputFile.create(at: path, mode: 0o600)
        } catch {
            return ControlOutcome(exitCode: Sysexits.cannotCreate, standardError: "ehc-reviewctl: \(error)\n")
        }
        do {
            let sink = file.sink
            let response = try await client.download(AdminRequest(method: "POST", path: "/v1/backup")) { chunk in
                try sink.append(chunk)
            }.checked()
            let written = try Self.size(of: file.temporaryPath)
            if let announced = response.header("Content-Length").flatMap(Int.init), announced != written {
                throw ControlError.badResponse("the backup was cut short: \(written) of \(announced) bytes arrived")
            }
            guard try Self.startsLikeSQLite(file.temporaryPath) else {
                throw ControlError.badResponse("the daemon's answer is not an SQLite database")
            }
            try file.commit()
            let check = response.header("X-Integrity-Check") ?? "not reported"
            return ControlOutcome(exitCode: Sysexits.ok,
                                  standardOutput: "wrote a backup of \(written) bytes to \(path) (integrity check: \(check))\n")
        } catch {
            file.discard()
            if let failure = error as? OutputFileError {
                return ControlOutcome(exitCode: Sysexits.ioError, standardError: "ehc-reviewctl: \(failure)\n")
            }
            return ControlOutcome(failure: FailureReport(error))
        }
    }

    static func size(of path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// The 16-byte header every SQLite 3 database file begins with.
    static func startsLikeSQLite(_ path: String) throws -> Bool {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return try handle.read(upToCount: 16) == Data("SQLite format 3\u{0}".utf8)
    }
}
