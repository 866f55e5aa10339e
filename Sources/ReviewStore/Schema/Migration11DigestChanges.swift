import GRDB

/// v11: indexes for the digest's "what changed" and its on-time chart, so a national database answers
/// them from an index range instead of a scan of every deadline ever kept:
/// - `deadlines_by_rule` (rule, due date, done date, closed date): a rule's deadlines in a span of due
///   dates — the annual reviews of the last twelve months, the advice owed, the Year 9+ pathway gaps —
///   without touching the table;
/// - `deadlines_done`: what was done on given days;
/// - `deadlines_lapsed`: what lapsed (closed without being done) on given days.
enum Migration11DigestChanges {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX deadlines_by_rule ON deadlines(rule, due_on, done_on, closed_on);
            CREATE INDEX deadlines_done ON deadlines(done_on) WHERE done_on IS NOT NULL;
            CREATE INDEX deadlines_lapsed ON deadlines(closed_on) WHERE closed_on IS NOT NULL AND done_on IS NULL;
            """)
    }
}
