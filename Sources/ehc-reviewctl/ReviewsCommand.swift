import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl reviews list|schedule|move|cancel`.
struct ReviewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews",
        abstract: "List, schedule, move or cancel annual review meetings.",
        subcommands: [List.self, Schedule.self, Move.self, Cancel.self])

    struct List: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "A plan's reviews with their steps.")

        @Option(help: ArgumentHelp(PlanKey.help, valueName: "PLAN")) var plan: PlanKey
        @OptionGroup var global: GlobalOptions

        func operation() throws -> ControlOperation { .listReviews(plan: plan) }
    }

    struct Move: OperationCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a meeting not yet held, or change its time or place; every contributor gets one "
                + "calendar update saying what changed.")

        @Argument(help: ArgumentHelp("The review's id.", valueName: "REVIEW")) var review: Int64
        @Option(name: .customLong("meeting-on"), help: ArgumentHelp("The new date.", valueName: "YYYY-MM-DD"))
        var meetingOn: CivilDate?
        @OptionGroup var place: MeetingPlaceOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if meetingOn == nil && place.isEmpty {
                throw ValidationError("give --meeting-on, --starts-at, --ends-at, --location or --online-url")
            }
        }

        func operation() throws -> ControlOperation {
            try .moveReview(review, ReviewPatch(meetingOn: meetingOn, startsAt: place.startsAt, endsAt: place.endsAt,
                                                location: place.location, onlineUrl: place.onlineURL),
                            idempotencyKey: write.idempotencyKey)
        }
    }

    struct Schedule: OperationCommand {
        static let configuration = CommandConfiguration(
            abstract: "Schedule a review meeting; invitations and advice requests go to every contributor.")

        @Argument(help: ArgumentHelp(PlanKey.help, valueName: "PLAN")) var plan: PlanKey
        @Option(name: .customLong("meeting-on"), help: ArgumentHelp("The meeting's date.", valueName: "YYYY-MM-DD"))
        var meetingOn: CivilDate
        @OptionGroup var place: MeetingPlaceOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() throws -> ControlOperation {
            try .scheduleReview(plan: plan, ReviewCreate(meetingOn: meetingOn, startsAt: place.startsAt, endsAt: place.endsAt,
                                                         location: place.location, onlineUrl: place.onlineURL),
                                idempotencyKey: write.idempotencyKey)
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
