public import ArgumentParser
public import ReviewCore

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

/// Dates on the command line are ISO `YYYY-MM-DD`, checked as real days (`2026-02-30` is refused).
extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let date = try? CivilDate(iso: argument) else { return nil }
        self = date
    }

    public var defaultValueDescription: String { description }
}
