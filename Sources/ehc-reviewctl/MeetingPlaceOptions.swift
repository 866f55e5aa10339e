import ArgumentParser

/// `--starts-at`, `--ends-at`, `--location`, `--online-url`: when in the day and where a review meeting is,
/// for `reviews schedule` and `reviews move` (an empty value clears one when moving). The daemon checks
/// them and names the field of any problem.
struct MeetingPlaceOptions: ParsableArguments {
    @Option(name: .customLong("starts-at"), help: ArgumentHelp(
        "Start time, local (time_zone); without it the meeting is an all-day diary entry.", valueName: "HH:MM"))
    var startsAt: String?
    @Option(name: .customLong("ends-at"), help: ArgumentHelp("End time, local (default: an hour after the start).",
                                                             valueName: "HH:MM"))
    var endsAt: String?
    @Option(help: ArgumentHelp("Where the meeting is held.", valueName: "PLACE")) var location: String?
    @Option(name: .customLong("online-url"), help: ArgumentHelp("The link to join online.", valueName: "URL"))
    var onlineURL: String?

    var isEmpty: Bool { startsAt == nil && endsAt == nil && location == nil && onlineURL == nil }
}
