public import ArgumentParser
public import ReviewCore
public import ReviewControl

// The API's enums parse from their raw values (the words the API uses), so a misspelt role or step fails
// with exit 64 before any request, and their help lists every value. (ReviewCore is in this package, so
// these conformances are not retroactive; a conformance of public types is public, hence the public imports.)
extension ProfessionalRole: ExpressibleByArgument {}
extension ServiceArea: ExpressibleByArgument {}
extension ImportKind: ExpressibleByArgument {}
extension PlanEventKind: ExpressibleByArgument {}
extension PhaseTransferKind: ExpressibleByArgument {}
extension ReviewStepKind: ExpressibleByArgument {}
extension ReviewDecision: ExpressibleByArgument {}
extension NoticeState: ExpressibleByArgument {}

extension ViewsSource: ExpressibleByArgument {}
extension ContactRelationship: ExpressibleByArgument {}
extension ContactNeed: ExpressibleByArgument {}

/// Dates on the command line are read as the CSV import reads them — ISO `2026-11-30` or UK `30/11/2026`
/// (`30/11/26` is refused: the century matters to a date of birth) — checked as real days (`2026-02-30` is
/// refused), and the error says which forms are accepted.
extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let date = try? ImportDate.parse(argument, field: "date") else { return nil }
        self = date
    }

    public var defaultValueDescription: String { description }

    public static var defaultCompletionKind: CompletionKind { .default }
}

/// A plan by its id (`12`) or its reference (`EHC-00099`; `ref:12345` for a reference of digits only). A
/// reference is looked up just before the request; an empty argument or a non-positive id fails with exit 64.
extension PlanKey: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }

    /// The help line of every plan argument.
    static let help = "The plan: its reference (EHC-00099) or its id (ref:REF for a reference of digits only)."
}
