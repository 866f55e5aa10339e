import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl reviews schedule` and `reviews cancel`.
struct ReviewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews",
        abstract: "Schedule or cancel annual review meetings.",
        subcommands: [Schedule.self, Cancel.self])

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

    struct Cancel: OperationCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel a review meeting not yet held; every contributor gets the calendar cancellation.")

        @Argument(help: ArgumentHelp("The review's id.", valueName: "REVIEW")) var review: Int64
        @Option(name: .long, help: ArgumentHelp(
            "The day the meeting was called off, if not today: not in the future, not before it was scheduled.",
            valueName: "YYYY-MM-DD"))
        var on: CivilDate?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() throws -> ControlOperation {
            try .cancelReview(review, on: on, idempotencyKey: write.idempotencyKey)
        }
    }
}
