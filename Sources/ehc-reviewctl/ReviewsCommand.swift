import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl reviews schedule`.
struct ReviewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews",
        abstract: "Schedule annual review meetings.",
        subcommands: [Schedule.self])

    struct Schedule: OperationCommand {
        static let configuration = CommandConfiguration(
            abstract: "Schedule a review meeting; invitations and advice requests go to every contributor.")

        @Argument(help: ArgumentHelp("The plan's id.", valueName: "PLAN")) var plan: Int64
        @Option(name: .customLong("meeting-on"), help: ArgumentHelp("The meeting's date.", valueName: "YYYY-MM-DD"))
        var meetingOn: CivilDate
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() throws -> ControlOperation {
            try .scheduleReview(plan: plan, ReviewCreate(meetingOn: meetingOn), idempotencyKey: write.idempotencyKey)
        }
    }
}
