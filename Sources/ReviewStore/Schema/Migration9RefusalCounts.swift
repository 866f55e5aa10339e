import GRDB

/// v9: refused writes counted, not logged one row per attempt. A reader who keeps POSTing (5,000 refusals
/// in 6 s grew the database by 4.5 MB) now adds one audit row per caller and minute: `refusal_key` names
/// that caller and minute, `repeats` how many refusals the row stands for (1 for every other row).
enum Migration9RefusalCounts {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE audit_log ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1
              CONSTRAINT "audit_log.repeats" CHECK (repeats >= 1);
            ALTER TABLE audit_log ADD COLUMN refusal_key TEXT;
            CREATE UNIQUE INDEX audit_log_refusal_key ON audit_log(refusal_key) WHERE refusal_key IS NOT NULL;
            """)
    }
}
