import ArgumentParser
import Foundation
import ReviewControl

/// `ehc-reviewctl man`: prints the manual page (troff) built from this command tree. Hidden from help;
/// packagers run `ehc-reviewctl man > ehc-reviewctl.1`. (ArgumentParser's `generate-manual` plugin would
/// need a release build of the whole package; this needs nothing but the binary.)
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man",
        abstract: "Print the manual page (troff) for ehc-reviewctl.",
        shouldDisplay: false)

    @Option(help: ArgumentHelp("The date on the page (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    func run() {
        print(Self.page(date: date ?? Self.today()).render(), terminator: "")
    }

    static func page(date: String) -> ManPage {
        let root = EhcReviewctl.configuration
        return ManPage(
            name: EhcReviewctl._commandName, date: date, abstract: root.abstract,
            description: [
                "ehc-reviewctl administers ehc-reviewd, which keeps the statutory clocks of EHC plans, over the "
                    + "daemon's admin socket (HTTP and JSON on a Unix socket). Members of the ehc-review group "
                    + "may read; changing data needs membership of ehc-review-admin as well; root always may.",
                "Every command prints text for people by default: aligned tables with one header row, and a "
                    + "\"more:\" line giving the option that fetches the next page. With --json it prints the "
                    + "daemon's JSON answer instead, indented with sorted keys. Dates are YYYY-MM-DD.",
                "Every write sends an Idempotency-Key header, a fresh UUID unless --idempotency-key gives one: "
                    + "a script that repeats a write with the same key and body changes nothing twice.",
            ],
            commands: leaves(of: EhcReviewctl.self, path: []).map { command, path in
                ManPage.Command(name: path.joined(separator: " "), abstract: command.configuration.abstract,
                                help: EhcReviewctl.helpMessage(for: command, columns: 78))
            },
            sections: [
                ManPage.Section(title: "Environment", items: [
                    .init(SocketLocation.environmentVariable,
                          "The admin socket when --socket is not given (default \(SocketLocation.defaultPath))."),
                    .init("NO_COLOR", "When set, output is never coloured. Without it, colour (red for what is "
                              + "late) is used only when standard output is a terminal."),
                ]),
                ManPage.Section(title: "Files", items: [
                    .init(SocketLocation.defaultPath, "The daemon's admin socket."),
                ]),
                ManPage.Section(title: "Exit status", items: [
                    .init("0", "Success."),
                    .init("64", "The command line is wrong (nothing was sent)."),
                    .init("65", "The daemon refused the data (HTTP 400, 409, 413 or 422)."),
                    .init("66", "Not found (HTTP 404)."),
                    .init("69", "The daemon cannot be reached, or says it is unavailable (HTTP 503)."),
                    .init("70", "Any other failure: a server error, or an answer ehc-reviewctl cannot read."),
                    .init("73", "export: the --output file cannot be created."),
                    .init("74", "export: writing the output failed (a full disk); an --output file is left as it was."),
                    .init("77", "Permission denied (HTTP 401 or 403): changing data needs ehc-review-admin."),
                    .init("", "On failure one line goes to standard error: \"ehc-reviewctl: \" and the reason."),
                ]),
                ManPage.Section(title: "See also", items: [.init("", "ehc-reviewd(8), systemctl(1), journalctl(1)")]),
            ])
    }

    /// Every visible leaf command under `command`, with its names from the root.
    static func leaves(of command: any ParsableCommand.Type, path: [String]) -> [(any ParsableCommand.Type, [String])] {
        let subcommands = command.configuration.subcommands.filter { $0.configuration.shouldDisplay }
        if subcommands.isEmpty { return [(command, path)] }
        return subcommands.flatMap { leaves(of: $0, path: path + [$0._commandName]) }
    }

    static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }
}
