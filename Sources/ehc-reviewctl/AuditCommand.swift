import ArgumentParser
import ReviewControl

/// `ehc-reviewctl audit`.
struct AuditCommand: OperationCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show who changed what, and when, newest first.")

    @Option(help: ArgumentHelp("Only entries older than this id (the `more:` hint gives it).", valueName: "ID"))
    var before: Int64?
    @Option(help: ArgumentHelp("At most this many rows.", valueName: "N")) var limit: Int?
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func operation() -> ControlOperation { .audit(before: before, limit: limit) }
}
