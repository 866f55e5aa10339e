import GRDB

/// v16: contacts can be imported from CSV (issue 15), so `import_runs.kind` admits `contacts`. SQLite cannot
/// change a CHECK: the table is rebuilt and its rows copied as they are.
enum Migration16ContactImport {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE import_runs_v16 (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL CONSTRAINT "import_runs.kind"
                CHECK (kind IN ('children', 'professionals', 'plans', 'contributors', 'contacts')),
              at TEXT NOT NULL CONSTRAINT "import_runs.at" CHECK (julianday(at) IS NOT NULL),
              uid INTEGER NOT NULL,
              user_name TEXT NOT NULL,
              rows INTEGER NOT NULL,
              created INTEGER NOT NULL,
              updated INTEGER NOT NULL,
              unchanged INTEGER NOT NULL,
              late_after INTEGER NOT NULL DEFAULT 0
            ) STRICT;
            INSERT INTO import_runs_v16 (id, kind, at, uid, user_name, rows, created, updated, unchanged, late_after)
              SELECT id, kind, at, uid, user_name, rows, created, updated, unchanged, late_after FROM import_runs;
            DROP TABLE import_runs;
            ALTER TABLE import_runs_v16 RENAME TO import_runs;
            """)
    }
}
