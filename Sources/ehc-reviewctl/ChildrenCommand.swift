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
        @Option(name: .customLong("year-group-for"), help: ArgumentHelp(
            "The academic year --year-group is true for (2025/26); this one when left out. It counts on from there.",
            valueName: "YYYY/YY"))
        var yearGroupFor: String?
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let yearGroup, !YearGroup.recordable.contains(yearGroup) {
                throw ValidationError("--year-group must be from \(YearGroup.recordable.lowerBound) to "
                                      + "\(YearGroup.recordable.upperBound)")
            }
            if let yearGroupFor {
                if yearGroup == nil { throw ValidationError("--year-group-for says which year --year-group is for: give both") }
                do { _ = try AcademicYearName.parse(yearGroupFor, field: "--year-group-for") } catch {
                    throw ValidationError("--year-group-for: \(error.reason)")
                }
            }
        }

        func operation() throws -> ControlOperation {
            try .addChild(ChildCreate(givenName: givenName, familyName: familyName, dateOfBirth: dateOfBirth,
                                      yearGroup: yearGroup, yearGroupFor: yearGroupFor),
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
