import GRDB

/// v14: the family's contacts (issue 15) — the parent, carer, young person, advocate or deputy the law
/// makes the first recipient of every invitation, decision and amendment. A contact is reachable by email,
/// by post, or both; their needs are a JSON list.
enum Migration14Contacts {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE contacts (
              id INTEGER PRIMARY KEY,
              child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,
              name TEXT NOT NULL CONSTRAINT "contacts.name" CHECK (length(name) BETWEEN 1 AND 200),
              relationship TEXT NOT NULL CONSTRAINT "contacts.relationship"
                CHECK (relationship IN ('parent', 'carer', 'young_person', 'advocate', 'deputy')),
              email TEXT CONSTRAINT "contacts.email" CHECK (email IS NULL OR email LIKE '_%@_%._%'),
              postal_address TEXT,
              preferred_language TEXT,
              needs TEXT NOT NULL DEFAULT '[]' CONSTRAINT "contacts.needs" CHECK (json_valid(needs)),
              young_person_agreed INTEGER NOT NULL DEFAULT 0 CHECK (young_person_agreed IN (0, 1)),
              active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
              created_at TEXT NOT NULL CONSTRAINT "contacts.created_at" CHECK (julianday(created_at) IS NOT NULL),
              CONSTRAINT "contacts.email" CHECK (email IS NOT NULL OR postal_address IS NOT NULL)
            ) STRICT;
            CREATE INDEX contacts_child ON contacts(child_id);
            """)
    }
}
