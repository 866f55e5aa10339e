import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl digest run`.
struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Send the overdue digest now.",
        subcommands: [Run.self])

    struct Run: OperationCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send the overdue digest now (an extra send; the day's scheduled digest still goes).")

        @Flag(name: .customLong("dry-run"), help: "Print the digest instead of sending it.") var dryRun = false
        @Option(help: ArgumentHelp("The day to write the digest for (default: today).", valueName: "YYYY-MM-DD"))
        var date: CivilDate?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() throws -> ControlOperation {
            try .runDigest(DigestRunRequest(dryRun: dryRun, date: date), idempotencyKey: write.idempotencyKey)
        }
    }
}
