import GRDB

/// v13: plan documents (issue 14). A document is named by the SHA-256 of its bytes (its file lives under
/// the state directory as `documents/<first 2>/<sha256>.pdf`); a plan version may name one; each notice
/// of a version records which document it carried and how (`attached`, `linked`, `on_request`), for the
/// distribution record. The foreign keys keep a document referenced by an event or a notice from ever
/// being deleted.
enum Migration13Documents {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE documents (
              id INTEGER PRIMARY KEY,
              sha256 TEXT NOT NULL UNIQUE
                CONSTRAINT "documents.sha256" CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
              bytes INTEGER NOT NULL CONSTRAINT "documents.bytes" CHECK (bytes > 0),
              media_type TEXT NOT NULL DEFAULT 'application/pdf',
              created_at TEXT NOT NULL CONSTRAINT "documents.created_at" CHECK (julianday(created_at) IS NOT NULL)
            ) STRICT;
            ALTER TABLE plan_events ADD COLUMN document_id INTEGER REFERENCES documents(id);
            ALTER TABLE notices ADD COLUMN document_id INTEGER REFERENCES documents(id);
            ALTER TABLE notices ADD COLUMN document_delivery TEXT
              CONSTRAINT "notices.document_delivery" CHECK (document_delivery IN ('attached', 'linked', 'on_request'));
            """)
    }
}
