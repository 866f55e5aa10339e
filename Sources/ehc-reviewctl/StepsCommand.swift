import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl steps record`.
struct StepsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steps",
        abstract: "Record the steps of an annual review as they are done.",
        subcommands: [Record.self])

    struct Record: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Record a review step.")

        @Argument(help: ArgumentHelp("The review's id.", valueName: "REVIEW")) var review: Int64
        @Option(help: "The step done.") var step: ReviewStepKind
        @Option(help: ArgumentHelp("The day it was done (2026-11-30 or 30/11/2026).", valueName: "DATE")) var on: CivilDate
        @Option(help: ArgumentHelp("Whose advice came in (advice_received).", valueName: "ID"))
        var professional: Int64?
        @Option(help: "The decision (decision_issued only, and required there).") var decision: ReviewDecision?
        @Option(help: "Whose views came in (views_received only).") var from: ViewsSource?
        @Flag(name: .customLong("pfa-considered"),
              help: "The meeting considered preparation for adulthood (meeting_held only; from Year 9 the law asks it).")
        var pfaConsidered = false
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if step == .decisionIssued && decision == nil {
                throw ValidationError("decision_issued needs --decision maintain|amend|cease")
            }
            if step != .decisionIssued && decision != nil {
                throw ValidationError("--decision goes with --step decision_issued only")
            }
            if step != .viewsReceived && from != nil {
                throw ValidationError("--from goes with --step views_received only")
            }
            if step != .meetingHeld && pfaConsidered {
                throw ValidationError("--pfa-considered goes with --step meeting_held only")
            }
        }

        func operation() throws -> ControlOperation {
            try .recordStep(review: review, StepCreate(step: step, on: on, professionalId: professional,
                                                       decision: decision, from: from,
                                                       pfaConsidered: step == .meetingHeld ? pfaConsidered : nil),
                            idempotencyKey: write.idempotencyKey)
        }
    }
}
