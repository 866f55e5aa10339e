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
        @Option(help: ArgumentHelp(
            "The version's plan document, a PDF: uploaded first, then sent with the version to every contributor "
                + "(attached where their mail is secure, linked otherwise).", valueName: "FILE.pdf"))
        var document: String?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if document != nil && !kind.issuesVersion {
                throw ValidationError("--document goes with an event that issues a version of the plan, not \(kind.rawValue)")
            }
        }

        func operation() throws -> ControlOperation {
            try .recordEvent(plan: plan, EventCreate(kind: kind, on: on), document: document,
                             idempotencyKey: write.idempotencyKey)
        }
    }
}
