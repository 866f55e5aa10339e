import ArgumentParser
import ReviewControl

/// `ehc-reviewctl distribution PLAN`.
struct DistributionCommand: OperationCommand {
    static let configuration = CommandConfiguration(
        commandName: "distribution",
        abstract: "Show, per contributor and plan version, whether the notice was sent, delivered or failed.")

    @Argument(help: ArgumentHelp(PlanKey.help, valueName: "PLAN")) var plan: PlanKey
    @OptionGroup var global: GlobalOptions

    func operation() -> ControlOperation { .distribution(plan: plan) }
}
