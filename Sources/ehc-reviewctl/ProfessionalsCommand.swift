import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl professionals add|list|show|update`.
struct ProfessionalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "professionals",
        abstract: "Add, list, show and change contributing professionals.",
        subcommands: [Add.self, List.self, Show.self, Update.self])

    struct Add: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Add a professional.")

        @Option(help: "Full name, as messages address them.") var name: String
        @Option(help: ArgumentHelp("Email address for notices.", valueName: "ADDRESS")) var email: String
        @Option(help: "What they do.") var role: ProfessionalRole
        @Option(help: "Their service (default: the role's usual one).") var service: ServiceArea?
        @Flag(help: "Add them inactive: they get no notices until made active.") var inactive = false
        @Flag(name: .customLong("no-daily-digest"),
              help: "Do not send them their own daily list (advice due, meetings soon).") var noDailyDigest = false
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func operation() throws -> ControlOperation {
            try .addProfessional(ProfessionalCreate(name: name, email: email, role: role, service: service,
                                                    active: inactive ? false : nil,
                                                    dailyDigest: noDailyDigest ? false : nil),
                                 idempotencyKey: write.idempotencyKey)
        }
    }

    struct List: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "List professionals, by id.")

        @OptionGroup var paging: PagingOptions
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .listProfessionals(after: paging.after, limit: paging.limit) }
    }

    struct Show: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Show one professional.")

        @Argument(help: ArgumentHelp("The professional's id.", valueName: "ID")) var id: Int64
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .showProfessional(id) }
    }

    struct Update: OperationCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a professional; only the options given change.")

        /// `--active` or `--inactive`.
        enum Activity: String, EnumerableFlag {
            case active, inactive

            static func help(for value: Activity) -> ArgumentHelp? {
                value == .active ? "Make them active again." : "Make them inactive: they get no more notices."
            }
        }

        @Argument(help: ArgumentHelp("The professional's id.", valueName: "ID")) var id: Int64
        @Option(help: "New full name.") var name: String?
        @Option(help: ArgumentHelp("New email address.", valueName: "ADDRESS")) var email: String?
        @Option(help: "New role.") var role: ProfessionalRole?
        @Option(help: "New service.") var service: ServiceArea?
        @Flag var activity: Activity?
        @Flag(inversion: .prefixedNo,
              help: "Send (or stop sending) them their own daily list of advice due and meetings soon.")
        var dailyDigest: Bool?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if name == nil && email == nil && role == nil && service == nil && activity == nil && dailyDigest == nil {
                throw ValidationError(
                    "nothing to change: give --name, --email, --role, --service, --active, --inactive, --daily-digest or --no-daily-digest")
            }
        }

        func operation() throws -> ControlOperation {
            try .updateProfessional(id, ProfessionalUpdate(name: name, email: email, role: role, service: service,
                                                           active: activity.map { $0 == .active },
                                                           dailyDigest: dailyDigest),
                                    idempotencyKey: write.idempotencyKey)
        }
    }
}
