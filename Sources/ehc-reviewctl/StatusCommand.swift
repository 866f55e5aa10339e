import ArgumentParser
import ReviewControl

/// `ehc-reviewctl status`.
struct StatusCommand: OperationCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the daemon's version, counts, next timer, outbox and digests.")

    @OptionGroup var global: GlobalOptions

    func operation() -> ControlOperation { .status() }
}
