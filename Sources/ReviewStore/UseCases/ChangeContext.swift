import Foundation
import GRDB
import ReviewCore

/// What every use case reads once before its transaction: the instant and the local day it acts on, the
/// audit line's writer, the writer of the notices the core decides on, and the rules in force.
///
/// It exists so that each use case reads as its steps — check (core), write (repository), audit,
/// re-materialise the deadlines (core), tell (core policy, outbox) — with none of the plumbing.
struct ChangeContext: Sendable {
    let now: Date
    let today: CivilDate
    let audit: AuditWriter
    let notices: NoticeWriter
    let calculator: DeadlineCalculator
    let calendar: LocalCalendar
}

extension ReviewStore {
    func context(_ actor: AuditActor) -> ChangeContext {
        let now = clock.now()
        return ChangeContext(now: now, today: calendar.civilDate(of: now), audit: AuditWriter(at: Timestamp.text(now), actor: actor),
                             notices: NoticeWriter(now: now, fullNames: noticesUseFullNames, documents: documentPolicy,
                                                   today: calendar.civilDate(of: now), iassContact: iassContact),
                             calculator: calculator,
                             calendar: calendar)
    }
}

extension StoreError {
    /// Runs a core admission rule, its ``Refusal`` turned into ``invalid(_:)`` (400) or ``conflict(_:)`` (409).
    static func admitting<Value>(_ check: () throws(Refusal) -> Value) throws(StoreError) -> Value {
        do {
            return try check()
        } catch {
            switch error {
            case .invalid(let field): throw .invalid(field)
            case .conflict(let field): throw .conflict(field)
            }
        }
    }
}
