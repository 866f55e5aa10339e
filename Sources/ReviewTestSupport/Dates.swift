public import ReviewCore

/// `day("2025-03-14")`: a civil date literal for tests. A malformed literal is a bug in the test, so
/// it stops the test run with the literal in the message.
public func day(_ iso: String) -> CivilDate {
    do {
        return try CivilDate(iso: iso)
    } catch {
        preconditionFailure("test literal: \(error)")
    }
}
