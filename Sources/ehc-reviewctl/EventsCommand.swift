import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl events record`.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Record what happened to a plan (each issue notifies every active contributor).",
        subcommands: [Record.self])

    struct Record: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Record a plan event.")

        @Argument(help: ArgumentHelp(PlanKey.help, valueName: "PLAN")) var plan: PlanKey
        @Option(help: "What happened.") var kind: PlanEventKind
        @Option(help: ArgumentHelp("The day it happened.", valueName: "YYYY-MM-DD")) var on: CivilDate
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() throws -> ControlOperation {
            try .recordEvent(plan: plan, EventCreate(kind: kind, on: on), idempotencyKey: write.idempotencyKey)
        }
    }
}
