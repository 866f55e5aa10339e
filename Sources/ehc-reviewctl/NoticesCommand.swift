import ArgumentParser
import ReviewControl
import ReviewCore

/// `ehc-reviewctl notices list|retry`: the outbox.
struct NoticesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notices",
        abstract: "List the notice outbox and retry dead notices.",
        subcommands: [List.self, Retry.self])

    struct List: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "List notices, by id.")

        @Option(help: "Only notices in this state.") var state: NoticeState?
        @OptionGroup var paging: PagingOptions
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation {
            .listNotices(state: state, after: paging.after, limit: paging.limit)
        }
    }

    struct Retry: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Queue a failed or dead notice for another attempt.")

        @Argument(help: ArgumentHelp("The notice's id.", valueName: "ID")) var id: Int64
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .retryNotice(id, idempotencyKey: write.idempotencyKey) }
    }
}
