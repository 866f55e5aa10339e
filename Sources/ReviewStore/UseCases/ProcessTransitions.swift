import GRDB
public import ReviewCore

/// Records every deadline transition that has happened by the end of `today` since the last call, each
/// with the local date it happened on (not the date it was noticed), and the notices they cause, in one
/// transaction.
///
/// A watermark (the last day processed) limits the work to the days since the last call: after a
/// restart, a suspend or a clock jump forward the missed days are caught up with their true dates; a jump
/// back finds nothing to do; nothing is recorded twice (a unique index makes sure). Which due dates change
/// on which days is ``DeadlineClock``'s; who is told is ``NoticePolicy``'s (a statutory deadline turning late
/// goes to the SEN caseworkers; the advice date coming near and passing to whoever still owes advice).
public struct ProcessTransitions: Sendable {
    let store: ReviewStore

    public init(_ store: ReviewStore) {
        self.store = store
    }

    public func callAsFunction(through today: CivilDate, notify: Bool = true) async throws -> [DeadlineTransition] {
        let clock = DeadlineClock(settings: store.calculator.settings)
        let context = store.context(AuditActor(uid: 0, userName: "ehc-reviewd", via: "deadline timer"))
        return try await store.write { db in
            let watermark = try ReviewStore.transitionWatermark(db) ?? clock.watermarkBeforeFirstPass(today: today)
            if watermark >= today { return [] }
            // First, deadlines whose day to lapse has come (a phase transfer's move) leave the open lists:
            // a lapsed deadline turns neither due soon nor late.
            try db.execute(sql: ReviewStore.DeadlineSQL.closeLapsed, arguments: [today.description])
            var recorded: [DeadlineTransition] = []
            for state in [DeadlineState.late, .dueSoon] {
                guard let dues = clock.dueDates(reaching: state, after: watermark, through: today) else { continue }
                recorded += try ReviewStore.recordTransitions(db, state: state, dueDates: dues, clock: clock,
                                                              recordedAt: Timestamp.text(context.now))
            }
            try ReviewStore.setTransitionWatermark(db, today)
            if notify {
                for transition in recorded {
                    let review = try transition.reviewID.flatMap { try ReviewStore.fetchReview(db, $0) }
                    try context.notices.write(db, planID: transition.planID, cause: .transition(transition, review: review, today: today))
                }
            }
            return recorded.sorted { ($0.on, $0.planID, $0.key) < ($1.on, $1.planID, $1.key) }
        }
    }
}
