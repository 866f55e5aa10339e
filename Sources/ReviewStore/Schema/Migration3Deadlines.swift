import GRDB

/// v3: every plan's deadlines, materialised from the rules whenever the plan's facts change, and the
/// record of each deadline's state transitions.
///
/// `deadlines_open` holds only deadlines still open, ordered by due date: "what falls due next" is its
/// first entry at or after a day, and "what is late now" its entries before a day, both without a table
/// scan however many plans are done. `deadline_transitions` is unique per deadline and state, so a
/// transition is recorded exactly once whatever the timers do. `store_meta` remembers which rules made the
/// stored deadlines; the store re-materialises them all when that changes (and so, after this migration,
/// for the plans an earlier version stored without deadlines).
enum Migration3Deadlines {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE deadlines (
              plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
              key TEXT NOT NULL,
              rule TEXT NOT NULL CONSTRAINT "deadlines.rule" CHECK (rule IN (
                'annual_review', 'invitations', 'advice', 'report', 'decision', 'amendment_notice',
                'amended_final', 'phase_transfer', 'under_five_review', 'preparation_for_adulthood')),
              review_id INTEGER REFERENCES reviews(id) ON DELETE CASCADE,
              due_on TEXT NOT NULL CONSTRAINT "deadlines.due_on" CHECK (date(due_on, '+0 days') IS due_on),
              done_on TEXT CONSTRAINT "deadlines.done_on" CHECK (date(done_on, '+0 days') IS done_on),
              closed_on TEXT CONSTRAINT "deadlines.closed_on" CHECK (date(closed_on, '+0 days') IS closed_on),
              statutory INTEGER NOT NULL CONSTRAINT "deadlines.statutory" CHECK (statutory IN (0, 1)),
              source TEXT NOT NULL,
              PRIMARY KEY (plan_id, key)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX deadlines_open ON deadlines(due_on) WHERE done_on IS NULL AND closed_on IS NULL;

            CREATE TABLE deadline_transitions (
              id INTEGER PRIMARY KEY,
              plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
              key TEXT NOT NULL,
              state TEXT NOT NULL CONSTRAINT "deadline_transitions.state"
                CHECK (state IN ('pending', 'due_soon', 'done', 'done_late', 'late')),
              occurred_on TEXT NOT NULL CONSTRAINT "deadline_transitions.on" CHECK (date(occurred_on, '+0 days') IS occurred_on),
              recorded_at TEXT NOT NULL CONSTRAINT "deadline_transitions.recorded_at" CHECK (julianday(recorded_at) IS NOT NULL)
            ) STRICT;
            CREATE UNIQUE INDEX deadline_transitions_once ON deadline_transitions(plan_id, key, state);

            CREATE TABLE store_meta (
              key TEXT PRIMARY KEY,
              value TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
