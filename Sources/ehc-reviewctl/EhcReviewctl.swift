import ArgumentParser
import ReviewAPI
import ReviewControl

/// `ehc-reviewctl`: the admins' CLI. The command tree lives in this target; what each command sends and how
/// it prints its answer are ``ControlOperation`` values in ReviewControl.
@main
struct EhcReviewctl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ehc-reviewctl",
        abstract: "Administer ehc-reviewd over its admin socket.",
        discussion: """
            Talks HTTP to ehc-reviewd on its Unix socket (--socket, else $EHC_REVIEW_SOCKET, else \
            \(SocketLocation.defaultPath)). Members of the ehc-review group may read; changing data needs \
            ehc-review-admin as well. Every write carries an Idempotency-Key (a fresh one, or \
            --idempotency-key K), so a script may safely retry it.

            Exit codes: 0 ok; 64 usage; 65 the daemon refused the data (400, 409, 413, 422); 66 not found; \
            69 the daemon cannot be reached or is unavailable; 70 any other failure; 73 an export's file cannot \
            be created; 74 writing it failed; 77 permission denied.
            """,
        version: ProductVersion.string,
        subcommands: [
            StatusCommand.self, ProfessionalsCommand.self, ChildrenCommand.self, PlansCommand.self,
            ContributorsCommand.self, EventsCommand.self, ReviewsCommand.self, StepsCommand.self, ContactsCommand.self,
            LettersCommand.self,
            DeadlinesCommand.self, DistributionCommand.self, NoticesCommand.self, DigestCommand.self,
            ImportCommand.self, ExportCommand.self, BackupCommand.self, AuditCommand.self, ManCommand.self,
        ])

    /// Accepts the global options before the subcommand too (`ehc-reviewctl --socket PATH status`), as
    /// admins type them, by moving them after it, where each command declares them.
    static func main() async {
        await main(GlobalOptionsOrder.normalized(Array(CommandLine.arguments.dropFirst())))
    }
}
