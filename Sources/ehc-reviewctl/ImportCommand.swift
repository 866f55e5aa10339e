import ArgumentParser
import ReviewControl
import ReviewCore

/// `ehc-reviewctl import KIND FILE [--dry-run]`.
struct ImportCommand: OperationCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import children, professionals, plans, contributors or contacts from a CSV file, all or nothing.",
        discussion: """
            Rows are matched by their keys (child_ref, email, reference, plan_reference + professional_email): \
            importing the same file again changes nothing; an updated file changes exactly what changed. A file \
            with any bad row changes nothing, and every problem is listed as `FILE: line N, column: reason`. \
            Import children and professionals first, then plans, then contributors. The columns are in \
            docs/import.md. No notice is sent for imported history.
            """)

    @Argument(help: "What the file holds.") var kind: ImportKind
    @Argument(help: ArgumentHelp("The CSV file (UTF-8, with or without BOM; UK or ISO dates).", valueName: "FILE"))
    var file: String
    @Flag(name: .customLong("dry-run"), help: "Check the file and report what would change; write nothing.")
    var dryRun = false
    @OptionGroup var global: GlobalOptions

    func operation() -> ControlOperation {
        .importFile(kind, path: file, dryRun: dryRun)
    }
}
