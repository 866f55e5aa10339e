import ArgumentParser
import ReviewControl
import ReviewCore

/// `ehc-reviewctl deadlines`: the late list across plans, or every deadline of one plan.
struct DeadlinesCommand: OperationCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "List late deadlines across plans (most late first), or every deadline of one plan.")

    @Flag(help: "Late deadlines across all plans (the default, and the only cross-plan list so far).")
    var late = false
    @Option(help: ArgumentHelp("Every deadline of this plan instead (its id or reference).", valueName: "PLAN"))
    var plan: PlanKey?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to judge by (default: today).",
                                                           valueName: "YYYY-MM-DD"))
    var asOf: CivilDate?
    @Option(help: ArgumentHelp("At most this many rows.", valueName: "N")) var limit: Int?
    @Option(help: ArgumentHelp("Skip this many rows.", valueName: "N")) var offset: Int?
    @Option(help: ArgumentHelp("Start after this row (the `more:` hint gives it).", valueName: "CURSOR")) var cursor: String?
    @Option(help: ArgumentHelp("Only the plans of this SEN caseworker (their name, any case, or id).",
                               valueName: "NAME"))
    var caseworker: String?
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if plan != nil && (late || limit != nil || offset != nil || cursor != nil || caseworker != nil) {
            throw ValidationError("--plan shows every deadline of one plan: leave out --late, --limit, --offset, --cursor "
                                      + "and --caseworker")
        }
        if let caseworker, caseworker.allSatisfy({ $0 == " " }) {
            throw ValidationError("--caseworker needs a name or an id")
        }
        if offset != nil && cursor != nil { throw ValidationError("give --offset or --cursor, not both") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let offset, offset < 0 { throw ValidationError("--offset must not be negative") }
    }

    func operation() -> ControlOperation {
        if let plan { return .planDeadlines(plan: plan, asOf: asOf) }
        return .lateDeadlines(asOf: asOf, limit: limit, offset: offset, cursor: cursor, caseworker: caseworker)
    }
}
