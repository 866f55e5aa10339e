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
        @Option(help: ArgumentHelp("The day it was done.", valueName: "YYYY-MM-DD")) var on: CivilDate
        @Option(help: ArgumentHelp("Whose advice came in (advice_received).", valueName: "ID"))
        var professional: Int64?
        @Option(help: "The decision (decision_issued only, and required there).") var decision: ReviewDecision?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if step == .decisionIssued && decision == nil {
                throw ValidationError("decision_issued needs --decision maintain|amend|cease")
            }
            if step != .decisionIssued && decision != nil {
                throw ValidationError("--decision goes with --step decision_issued only")
            }
        }

        func operation() throws -> ControlOperation {
            try .recordStep(review: review, StepCreate(step: step, on: on, professionalId: professional,
                                                       decision: decision),
                            idempotencyKey: write.idempotencyKey)
        }
    }
}
