import GRDB

/// v4: answers to writes sent with an `Idempotency-Key`, so that the same key and body get the first answer
/// again instead of acting twice (a CLI retrying after a timeout must not schedule two meetings).
enum Migration4Idempotency {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE idempotency_keys (
              uid INTEGER NOT NULL,
              key TEXT NOT NULL CONSTRAINT "idempotency_keys.key" CHECK (length(key) BETWEEN 1 AND 200),
              route TEXT NOT NULL,
              request BLOB NOT NULL,
              status INTEGER NOT NULL CONSTRAINT "idempotency_keys.status" CHECK (status BETWEEN 100 AND 599),
              response BLOB NOT NULL,
              created_at TEXT NOT NULL CONSTRAINT "idempotency_keys.created_at" CHECK (julianday(created_at) IS NOT NULL),
              PRIMARY KEY (uid, key)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
