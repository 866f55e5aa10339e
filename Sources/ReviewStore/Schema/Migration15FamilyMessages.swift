import GRDB

/// v15: messages to families (issue 15). The outbox learns the family's kinds of message and which contact
/// a message is for (`contact_id`; `professional_id` stays for professionals), which needs the table rebuilt
/// (SQLite cannot change a CHECK): the rows are copied as they are. Families without email get letters,
/// kept until an officer marks them posted.
enum Migration15FamilyMessages {
    static let kinds = """
        'draft_issued', 'final_issued', 'amendment_proposed', 'amended_final_issued', 'ceased',
        'current_version', 'review_scheduled', 'review_moved', 'review_cancelled', 'advice_requested',
        'advice_reminder', 'advice_missed', 'report_circulated', 'decision_issued', 'deadline_late',
        'digest', 'personal_digest',
        'family_invitation', 'family_meeting_changed', 'family_meeting_cancelled', 'family_views_requested',
        'family_views_reminder', 'family_advice_circulated', 'family_report', 'family_decision',
        'family_amendment_proposed', 'family_amended_final', 'family_ceased', 'family_update'
        """

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE notices_v15 (
              id INTEGER PRIMARY KEY,
              plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
              review_id INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
              professional_id INTEGER REFERENCES professionals(id) ON DELETE SET NULL,
              contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
              recipient TEXT NOT NULL
                CONSTRAINT "notices.recipient" CHECK (recipient LIKE '_%@_%._%' AND recipient NOT GLOB '*[ <>"' || char(10) || char(13) || ']*'),
              kind TEXT NOT NULL CONSTRAINT "notices.kind" CHECK (kind IN (\(kinds))),
              plan_version INTEGER CONSTRAINT "notices.plan_version" CHECK (plan_version >= 1),
              payload TEXT NOT NULL DEFAULT '{}' CONSTRAINT "notices.payload" CHECK (json_valid(payload)),
              state TEXT NOT NULL DEFAULT 'queued'
                CONSTRAINT "notices.state" CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'dead')),
              attempts INTEGER NOT NULL DEFAULT 0 CONSTRAINT "notices.attempts" CHECK (attempts >= 0),
              next_attempt_at TEXT CONSTRAINT "notices.next_attempt_at" CHECK (julianday(next_attempt_at) IS NOT NULL OR next_attempt_at IS NULL),
              last_error TEXT,
              created_at TEXT NOT NULL CONSTRAINT "notices.created_at" CHECK (julianday(created_at) IS NOT NULL),
              sent_at TEXT CONSTRAINT "notices.sent_at" CHECK (julianday(sent_at) IS NOT NULL OR sent_at IS NULL),
              document_id INTEGER REFERENCES documents(id),
              document_delivery TEXT
                CONSTRAINT "notices.document_delivery" CHECK (document_delivery IN ('attached', 'linked', 'on_request')),
              CONSTRAINT "notices.next_attempt_at"
                CHECK ((state IN ('queued', 'failed')) = (next_attempt_at IS NOT NULL)),
              CONSTRAINT "notices.sent_at" CHECK ((state = 'sent') = (sent_at IS NOT NULL))
            ) STRICT;
            INSERT INTO notices_v15 (id, plan_id, review_id, professional_id, contact_id, recipient, kind, plan_version,
                                     payload, state, attempts, next_attempt_at, last_error, created_at, sent_at,
                                     document_id, document_delivery)
              SELECT id, plan_id, review_id, professional_id, NULL, recipient, kind, plan_version, payload, state,
                     attempts, next_attempt_at, last_error, created_at, sent_at, document_id, document_delivery
              FROM notices;
            DROP TABLE notices;
            ALTER TABLE notices_v15 RENAME TO notices;
            CREATE INDEX notices_due ON notices(next_attempt_at) WHERE state IN ('queued', 'failed');
            CREATE INDEX notices_state ON notices(state, id);
            CREATE INDEX notices_plan ON notices(plan_id, professional_id);
            CREATE INDEX notices_contact ON notices(contact_id, kind, created_at) WHERE contact_id IS NOT NULL;

            CREATE TABLE letters (
              id INTEGER PRIMARY KEY,
              contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
              plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
              kind TEXT NOT NULL CONSTRAINT "letters.kind" CHECK (kind IN (\(kinds))),
              plan_version INTEGER,
              payload TEXT NOT NULL CONSTRAINT "letters.payload" CHECK (json_valid(payload)),
              state TEXT NOT NULL DEFAULT 'to_print' CONSTRAINT "letters.state" CHECK (state IN ('to_print', 'posted')),
              created_at TEXT NOT NULL CONSTRAINT "letters.created_at" CHECK (julianday(created_at) IS NOT NULL),
              posted_at TEXT CONSTRAINT "letters.posted_at" CHECK (julianday(posted_at) IS NOT NULL OR posted_at IS NULL),
              CONSTRAINT "letters.posted_at" CHECK ((state = 'posted') = (posted_at IS NOT NULL))
            ) STRICT;
            CREATE INDEX letters_to_print ON letters(id) WHERE state = 'to_print';
            CREATE INDEX letters_plan ON letters(plan_id, contact_id);
            """)
    }
}
