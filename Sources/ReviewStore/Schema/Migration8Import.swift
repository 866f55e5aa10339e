import GRDB

/// v8: what a CSV import needs. `children.external_ref` is the case-management system's own id for a child
/// (the key an import upserts by; unique when given). `reviews.imported` marks a review brought in from
/// another system's history, whose steps other than the meeting and the decision are unknown. `import_runs`
/// records each applied import, for the audit trail and the next digest's summary.
enum Migration8Import {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE children ADD COLUMN external_ref TEXT
              CONSTRAINT "children.child_ref" CHECK (external_ref IS NULL OR length(external_ref) BETWEEN 1 AND 64);
            CREATE UNIQUE INDEX children_external_ref ON children(external_ref) WHERE external_ref IS NOT NULL;
            ALTER TABLE reviews ADD COLUMN imported INTEGER NOT NULL DEFAULT 0
              CONSTRAINT "reviews.imported" CHECK (imported IN (0, 1));

            CREATE TABLE import_runs (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL CONSTRAINT "import_runs.kind"
                CHECK (kind IN ('children', 'professionals', 'plans', 'contributors')),
              at TEXT NOT NULL CONSTRAINT "import_runs.at" CHECK (julianday(at) IS NOT NULL),
              uid INTEGER NOT NULL,
              user_name TEXT NOT NULL,
              rows INTEGER NOT NULL,
              created INTEGER NOT NULL,
              updated INTEGER NOT NULL,
              unchanged INTEGER NOT NULL,
              late_after INTEGER NOT NULL DEFAULT 0
            ) STRICT;
            """)
    }
}
