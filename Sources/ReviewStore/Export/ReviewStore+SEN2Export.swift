import GRDB
public import ReviewCore

extension ReviewStore {
    /// The SEN2 facts of every plan with a final issued, by reference, a page of `pageSize` plans at a time
    /// from one snapshot: dates, `annual_review` deadlines, and reviews with the day their meeting was held
    /// and their decision. ``SEN2AnnualReviews`` turns them into the return's rows and figures.
    ///
    /// Three statements per page, each an index range: plans by `plans_reference`, their deadlines by the
    /// primary key, their reviews by `reviews_plan` and steps by `review_steps_once`.
    public func sen2ReviewExport(pageSize: Int = 1000) async throws
        -> some AsyncSequence<[SEN2PlanFacts], any Error> & Sendable
    {
        let fullNames = noticesUseFullNames
        return SnapshotPages<SEN2PlanFacts, String>(snapshot: try openSnapshot(), start: "") { db, after in
            let page: StatementArguments = ["after": after, "limit": pageSize]
            let plans = try Row.fetchAll(db, sql: SEN2ExportSQL.plans, arguments: page)
            var cycles: [Int64: [SEN2PlanFacts.AnnualReview]] = [:]
            for row in try Row.fetchAll(db, sql: SEN2ExportSQL.annualReviews, arguments: page) {
                cycles[row["plan_id"], default: []].append(
                    SEN2PlanFacts.AnnualReview(dueOn: try row.civilDate("due_on"),
                                               concludedOn: try row.optionalCivilDate("done_on")))
            }
            var reviews: [Int64: [SEN2PlanFacts.Review]] = [:]
            for row in try Row.fetchAll(db, sql: SEN2ExportSQL.reviews, arguments: page) {
                reviews[row["plan_id"], default: []].append(SEN2PlanFacts.Review(
                    meetingOn: try row.optionalCivilDate("held_on") ?? row.civilDate("meeting_on"),
                    cancelledOn: try row.optionalCivilDate("cancelled_on"),
                    decisionOn: try row.optionalCivilDate("decided_on"), decision: try row.optionalEnumValue("decision")))
            }
            let facts = try plans.map { row in
                let id: Int64 = row["id"]
                return SEN2PlanFacts(
                    reference: row["reference"],
                    child: ChildNaming.label(givenName: row["given_name"], familyName: row["family_name"],
                                             fullNames: fullNames),
                    firstIssuedOn: try row.optionalCivilDate("first_issued_on"),
                    ceasedOn: try row.optionalCivilDate("ceased_on"),
                    annualReviews: cycles[id] ?? [], reviews: reviews[id] ?? [])
            }
            return (facts, facts.last?.reference ?? after)
        }
    }
}

/// The SEN2 export's statements. A page is the next `:limit` plans after reference `:after`; the
/// deadlines and reviews queries select the same page again as a subquery (SQLite builds it once).
enum SEN2ExportSQL {
    static let pagePlanIDs = """
        SELECT id FROM plans WHERE reference > :after AND first_issued_on IS NOT NULL
        ORDER BY reference LIMIT :limit
        """

    static let plans = """
        SELECT p.id, p.reference, p.first_issued_on, p.ceased_on, c.given_name, c.family_name
        FROM plans p JOIN children c ON c.id = p.child_id
        WHERE p.reference > :after AND p.first_issued_on IS NOT NULL
        ORDER BY p.reference LIMIT :limit
        """

    static let annualReviews = """
        SELECT plan_id, due_on, done_on FROM deadlines
        WHERE plan_id IN (\(pagePlanIDs)) AND rule = 'annual_review'
        ORDER BY plan_id, due_on
        """

    /// Each review with the day its meeting was held and its decision (each step is recorded once).
    static let reviews = """
        SELECT r.plan_id, r.meeting_on, r.cancelled_on, h.occurred_on AS held_on, d.occurred_on AS decided_on, d.decision
        FROM reviews r
        LEFT JOIN review_steps h ON h.review_id = r.id AND h.step = 'meeting_held' AND h.professional_id IS NULL
        LEFT JOIN review_steps d ON d.review_id = r.id AND d.step = 'decision_issued' AND d.professional_id IS NULL
        WHERE r.plan_id IN (\(pagePlanIDs))
        ORDER BY r.plan_id, r.meeting_on, r.id
        """
}
