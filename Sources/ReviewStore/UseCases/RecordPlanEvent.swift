import GRDB
public import ReviewCore

/// Records an event of a plan — a draft, final, amendment proposal, amended final or cease — in one
/// transaction: the event (with the next plan version when it issues one), its audit line, the plan's
/// deadlines recomputed, and the notices the policy calls for (every active contributor gets the new
/// version). `notify: false` records history without telling anyone (imports, the demo's seed).
public struct RecordPlanEvent: Sendable {
    let store: ReviewStore

    public init(_ store: ReviewStore) {
        self.store = store
    }

    /// `documentID`: the version's document (``PlanDocument``), already stored; only an event that issues a
    /// version may have one (400), and an unknown one is 422, both naming `document_id`.
    public func callAsFunction(_ planID: PlanID, kind: PlanEventKind, on date: CivilDate, documentID: Int64? = nil,
                               by actor: AuditActor, notify: Bool = true) async throws -> PlanEventRecord {
        let context = store.context(actor)
        return try await store.write { db in
            let plan = try ReviewStore.requirePlan(db, planID)
            try StoreError.admitting { () throws(Refusal) in
                try PlanEventAdmission.check(kind, on: date, plan: plan, today: context.today)
                if documentID != nil, !kind.issuesVersion {
                    throw .invalid(FieldError(field: "document_id",
                                              reason: "a \(kind.rawValue) issues no version of the plan, so it has no document"))
                }
            }
            let document = try documentID.map { id in
                try ReviewStore.fetchDocument(db, id: id)
                    .orThrow(.notFound(entity: "document", id: id, field: "document_id"))
            }
            let version = kind.issuesVersion ? try ReviewStore.nextVersion(db, planID) : nil
            let record = try ReviewStore.insertEvent(db, planID, kind: kind, on: date, version: version, document: document,
                                                     at: context.now)
            try context.audit.record(db, action: "plan.event", entity: "plan", id: planID.rawValue,
                                     summary: "\(kind.rawValue) on \(date) for \(plan.reference)"
                                        + (version.map { " (version \($0))" } ?? "")
                                        + (document.map { ", document \($0.shortHash)" } ?? ""))
            try ReviewStore.refreshDeadlines(db, planID, calculator: context.calculator, today: context.today)
            if notify {
                try context.notices.write(db, planID: planID,
                                          cause: .planEvent(kind, on: date, version: version, document: document))
            }
            return record
        }
    }
}
