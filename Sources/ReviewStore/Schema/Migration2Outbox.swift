import GRDB

/// v2: the notice outbox, the audit log and the digest runs.
///
/// The outbox's partial index `notices_due` holds only rows still to deliver, so that "what is due to
/// send now" costs the same with ten rows or ten million sent ones. `digest_runs_scheduled` makes a
/// second scheduled digest for the same local date impossible, not merely unlikely.
enum Migration2Outbox {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE notices (
              id INTEGER PRIMARY KEY,
              plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
              review_id INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
              professional_id INTEGER REFERENCES professionals(id) ON DELETE SET NULL,
              recipient TEXT NOT NULL
                CONSTRAINT "notices.recipient" CHECK (recipient LIKE '_%@_%._%' AND recipient NOT GLOB '*[ <>"' || char(10) || char(13) || ']*'),
              kind TEXT NOT NULL CONSTRAINT "notices.kind" CHECK (kind IN (
                'draft_issued', 'final_issued', 'amendment_proposed', 'amended_final_issued', 'ceased',
                'current_version', 'review_scheduled', 'review_moved', 'review_cancelled', 'advice_requested',
                'advice_reminder', 'advice_missed', 'report_circulated', 'decision_issued', 'deadline_late',
                'digest', 'personal_digest')),
              plan_version INTEGER CONSTRAINT "notices.plan_version" CHECK (plan_version >= 1),
              payload TEXT NOT NULL DEFAULT '{}' CONSTRAINT "notices.payload" CHECK (json_valid(payload)),
              state TEXT NOT NULL DEFAULT 'queued'
                CONSTRAINT "notices.state" CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'dead')),
              attempts INTEGER NOT NULL DEFAULT 0 CONSTRAINT "notices.attempts" CHECK (attempts >= 0),
              next_attempt_at TEXT CONSTRAINT "notices.next_attempt_at" CHECK (julianday(next_attempt_at) IS NOT NULL OR next_attempt_at IS NULL),
              last_error TEXT,
              created_at TEXT NOT NULL CONSTRAINT "notices.created_at" CHECK (julianday(created_at) IS NOT NULL),
              sent_at TEXT CONSTRAINT "notices.sent_at" CHECK (julianday(sent_at) IS NOT NULL OR sent_at IS NULL),
              CONSTRAINT "notices.next_attempt_at"
                CHECK ((state IN ('queued', 'failed')) = (next_attempt_at IS NOT NULL)),
              CONSTRAINT "notices.sent_at" CHECK ((state = 'sent') = (sent_at IS NOT NULL))
            ) STRICT;
            CREATE INDEX notices_due ON notices(next_attempt_at) WHERE state IN ('queued', 'failed');
            CREATE INDEX notices_state ON notices(state, id);
            CREATE INDEX notices_plan ON notices(plan_id, professional_id);

            CREATE TABLE audit_log (
              id INTEGER PRIMARY KEY,
              at TEXT NOT NULL CONSTRAINT "audit_log.at" CHECK (julianday(at) IS NOT NULL),
              uid INTEGER NOT NULL CONSTRAINT "audit_log.uid" CHECK (uid BETWEEN 0 AND 4294967295),
              user_name TEXT NOT NULL,
              via TEXT NOT NULL,
              action TEXT NOT NULL CONSTRAINT "audit_log.action" CHECK (length(action) > 0),
              entity TEXT NOT NULL,
              entity_id INTEGER,
              summary TEXT NOT NULL
            ) STRICT;
            CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

            CREATE TABLE digest_runs (
              id INTEGER PRIMARY KEY,
              local_date TEXT NOT NULL CONSTRAINT "digest_runs.local_date" CHECK (date(local_date, '+0 days') IS local_date),
              kind TEXT NOT NULL CONSTRAINT "digest_runs.kind" CHECK (kind IN ('scheduled', 'manual')),
              started_at TEXT NOT NULL CONSTRAINT "digest_runs.started_at" CHECK (julianday(started_at) IS NOT NULL),
              summary TEXT NOT NULL DEFAULT '{}' CONSTRAINT "digest_runs.summary" CHECK (json_valid(summary))
            ) STRICT;
            CREATE UNIQUE INDEX digest_runs_scheduled ON digest_runs(local_date) WHERE kind = 'scheduled';
            """)
    }
}
