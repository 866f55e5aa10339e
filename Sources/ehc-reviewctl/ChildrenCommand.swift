import ArgumentParser
import ReviewAPI
import ReviewControl
import ReviewCore

/// `ehc-reviewctl children add|show`.
struct ChildrenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "children",
        abstract: "Add and show children.",
        subcommands: [Add.self, Show.self])

    struct Add: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Add a child.")

        @Option(name: .customLong("given-name"), help: "Given name.") var givenName: String
        @Option(name: .customLong("family-name"), help: "Family name.") var familyName: String
        @Option(name: .customLong("date-of-birth"), help: ArgumentHelp("Date of birth.", valueName: "YYYY-MM-DD"))
        var dateOfBirth: CivilDate
        @Option(name: .customLong("year-group"), help: ArgumentHelp(
            "The year group now, when it differs from the one the date of birth gives (0 is Reception).",
            valueName: "N"))
        var yearGroup: Int?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let yearGroup, !YearGroup.recordable.contains(yearGroup) {
                throw ValidationError("--year-group must be from \(YearGroup.recordable.lowerBound) to "
                                      + "\(YearGroup.recordable.upperBound)")
            }
        }

        func operation() throws -> ControlOperation {
            try .addChild(ChildCreate(givenName: givenName, familyName: familyName, dateOfBirth: dateOfBirth,
                                      yearGroup: yearGroup),
                          idempotencyKey: write.idempotencyKey)
        }
    }

    struct Show: OperationCommand {
        static let configuration = CommandConfiguration(abstract: "Show one child.")

        @Argument(help: ArgumentHelp("The child's id.", valueName: "ID")) var id: Int64
        @OptionGroup var global: GlobalOptions

        func operation() -> ControlOperation { .showChild(id) }
    }
}
