import ArgumentParser
import ReviewControl

/// `ehc-reviewctl contributors add|remove|list`.
struct ContributorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contributors",
        abstract: "Say who contributes to a plan (and so receives every version of it).",
        subcommands: [Add.self, Remove.self, List.self])

    struct Add: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Add a professional to a plan.")

        @Argument(help: ArgumentHelp(PlanKey.help, valueName: "PLAN")) var plan: PlanKey
        @Argument(help: ArgumentHelp("The professional's id.", valueName: "PROFESSIONAL")) var professional: Int64
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation {
            .addContributor(plan: plan, professional: professional, idempotencyKey: write.idempotencyKey)
        }
    }

    struct Remove: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a professional from a plan.")

        @Argument(help: ArgumentHelp(PlanKey.help, valueName: "PLAN")) var plan: PlanKey
        @Argument(help: ArgumentHelp("The professional's id.", valueName: "PROFESSIONAL")) var professional: Int64
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation {
            .removeContributor(plan: plan, professional: professional, idempotencyKey: write.idempotencyKey)
        }
    }

    struct List: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "List a plan's contributors.")

        @Argument(help: ArgumentHelp(PlanKey.help, valueName: "PLAN")) var plan: PlanKey
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .listContributors(plan: plan) }
    }
}
