import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl plans add|list|show`.
struct PlansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: "Add, list and show EHC plans.",
        subcommands: [Add.self, List.self, Show.self])

    struct Add: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Add a plan for a child.")

        @Option(help: ArgumentHelp("The child's id.", valueName: "ID")) var child: Int64
        @Option(help: ArgumentHelp("The LA's reference for the plan.", valueName: "REF")) var reference: String
        @Option(name: .customLong("next-transfer"), help: ArgumentHelp(
            "A phase transfer besides the default ones (give --transfer-on too).", valueName: "KIND"))
        var nextTransfer: PhaseTransferKind?
        @Option(name: .customLong("transfer-on"), help: ArgumentHelp(
            "The first day at the new setting.", valueName: "YYYY-MM-DD"))
        var transferOn: CivilDate?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if (nextTransfer == nil) != (transferOn == nil) {
                throw ValidationError("give --next-transfer and --transfer-on together")
            }
        }

        func operation() throws -> ControlOperation {
            var transfer: PhaseTransfer?
            if let nextTransfer, let transferOn { transfer = PhaseTransfer(kind: nextTransfer, on: transferOn) }
            return try .addPlan(PlanCreate(childId: child, reference: reference, nextTransfer: transfer),
                                idempotencyKey: write.idempotencyKey)
        }
    }

    struct List: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "List plans, by id.")

        @OptionGroup var paging: PagingOptions
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .listPlans(after: paging.after, limit: paging.limit) }
    }

    struct Show: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Show one plan.")

        @Argument(help: ArgumentHelp(PlanKey.help, valueName: "PLAN")) var id: PlanKey
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .showPlan(id) }
    }
}
