import ArgumentParser
import Foundation
import ReviewControl
import ReviewCore

/// `ehc-reviewctl export late|sen2-reviews`: CSV files, streamed from the daemon to standard output or,
/// atomically, to `--output FILE`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write CSV: every late deadline, or the SEN2 annual-review return.",
        subcommands: [Late.self, SEN2Reviews.self])

    struct Late: ExportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every late statutory deadline, most late first: reference, child, rule, due date, days late, "
                + "caseworker, legal source.")

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to judge by (default: today).",
                                                               valueName: "YYYY-MM-DD"))
        var asOf: CivilDate?
        @OptionGroup var output: ExportOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws { try output.check(global) }

        func operation() -> ControlOperation { .exportLate(asOf: asOf) }
    }

    struct SEN2Reviews: ExportingCommand {
        static let configuration = CommandConfiguration(
            commandName: "sen2-reviews",
            abstract: "The DfE's SEN2 return, Module 5: per plan, items 5.4-5.6 at the census date and the year's "
                + "status; or, with --figures, the year's annual-review figures.",
            discussion: """
                --year is the calendar year of the reviews counted; the items are read as at the census date \
                of the next January's return (third Thursday: --year 2025 is SEN2 2026, census 15 January \
                2026). docs/api.md defines every column.
                """)

        @Option(help: ArgumentHelp("The calendar year of the reviews.", valueName: "YYYY")) var year: Int
        @Flag(help: "The year's figures (expected, completed, outcomes, within 4 weeks) instead of one row per plan.")
        var figures = false
        @Option(name: .customLong("census-date"), help: ArgumentHelp(
            "Read the items as at this day, if the DfE sets another survey day (default: the third Thursday of "
                + "the next January).", valueName: "YYYY-MM-DD"))
        var censusDate: CivilDate?
        @OptionGroup var output: ExportOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            try output.check(global)
            do {
                _ = try SEN2ReviewYear(year: year, censusDate: censusDate)
            } catch {
                throw ValidationError("--\(error.field.replacingOccurrences(of: "_", with: "-")): \(error.reason)")
            }
        }

        func operation() -> ControlOperation {
            .exportSEN2Reviews(year: year, figures: figures, censusDate: censusDate)
        }
    }
}

/// Where an export goes.
struct ExportOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write the CSV to this file, atomically (default: standard output).", valueName: "FILE"))
    var path: String?

    var destination: ExportDestination { path.map { .file(path: $0) } ?? .standardOutput }

    /// `--json` has no meaning for a CSV.
    func check(_ global: GlobalOptions) throws {
        if global.json { throw ValidationError("export writes CSV: leave out --json") }
    }
}

/// A leaf `export` command: its ``ControlOperation`` is sent by ``ExportRunner``, which streams the file.
protocol ExportingCommand: OperationCommand {
    var output: ExportOptions { get }
}

extension ExportingCommand {
    func run() async throws {
        let runner = ExportRunner(client: AdminClient(socketPath: global.socketPath(), timeout: .seconds(120)))
        let outcome: ControlOutcome
        do {
            outcome = await runner.run(try operation(), to: output.destination)
        } catch {
            outcome = ControlOutcome(failure: FailureReport(error))
        }
        if !outcome.standardOutput.isEmpty { print(outcome.standardOutput, terminator: "") }
        if !outcome.standardError.isEmpty { FileHandle.standardError.write(Data(outcome.standardError.utf8)) }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
