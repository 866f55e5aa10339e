import ArgumentParser
import Foundation
import ReviewControl

/// `ehc-reviewctl backup FILE`: a consistent copy of the live database, taken without stopping the daemon
/// (see docs/operations.md for restoring it).
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the live database to FILE (mode 0600), without stopping the daemon.",
        discussion: """
            The daemon copies its database with SQLite's online backup, checks the copy (PRAGMA \
            integrity_check) and sends it; FILE appears only once all of it has arrived. Needs write access \
            (root or ehc-review-admin). Restore: stop the daemon, put the file in place of the database, start \
            it (docs/operations.md).
            """)

    @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "FILE")) var file: String
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if global.json { throw ValidationError("backup writes a database file: leave out --json") }
    }

    func run() async throws {
        // A national database is gigabytes: allow minutes of silence while the daemon makes the copy.
        let runner = BackupRunner(client: AdminClient(socketPath: global.socketPath(), timeout: .seconds(600)))
        let outcome = await runner.run(to: file)
        if !outcome.standardOutput.isEmpty { print(outcome.standardOutput, terminator: "") }
        if !outcome.standardError.isEmpty { FileHandle.standardError.write(Data(outcome.standardError.utf8)) }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
