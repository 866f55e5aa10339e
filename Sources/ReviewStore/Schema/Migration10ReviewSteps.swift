import GRDB

/// v10: review steps as issue 13 reads the law. `advice_circulated` is the caseworker's own step (reg
/// 20(4)); `views_from` says whose views a `views_received` brought (reg 19), so the child's and the
/// parent's can both be recorded; `pfa_considered` says whether a Year 9+ meeting considered preparation
/// for adulthood (regs 20(6), 21(6)). SQLite cannot change a CHECK constraint, so the table is rebuilt and
/// its rows copied; nothing refers to it.
///
/// `plan_events` is rebuilt for `decided_not_to_amend` (reg 22(4)). The materialised `deadlines` are rebuilt too, for the new rule ids (`views`, `specialist_pathway`,
/// `representations`, and the assessment rules of DESIGN §3): they are derived rows, emptied here and
/// computed again from the facts at the next start (the rules' fingerprint is forgotten). A deadline that
/// lapses (DESIGN §3) is closed (`closed_on`) once its day has come; until then the day waits in
/// `lapses_on`, and the daily pass closes it.
enum Migration10ReviewSteps {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE review_steps_v10 (
              id INTEGER PRIMARY KEY,
              review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
              step TEXT NOT NULL CONSTRAINT "review_steps.step" CHECK (step IN (
                'invitations_sent', 'advice_received', 'advice_circulated', 'views_received', 'meeting_held',
                'report_sent', 'decision_issued')),
              occurred_on TEXT NOT NULL CONSTRAINT "review_steps.on" CHECK (date(occurred_on, '+0 days') IS occurred_on),
              professional_id INTEGER REFERENCES professionals(id) ON DELETE RESTRICT,
              decision TEXT CONSTRAINT "review_steps.decision" CHECK (decision IN ('maintain', 'amend', 'cease')),
              views_from TEXT CONSTRAINT "review_steps.from" CHECK (views_from IN ('child', 'parent', 'young_person')),
              pfa_considered INTEGER CONSTRAINT "review_steps.pfa_considered" CHECK (pfa_considered IN (0, 1)),
              recorded_at TEXT NOT NULL CONSTRAINT "review_steps.recorded_at" CHECK (julianday(recorded_at) IS NOT NULL),
              CONSTRAINT "review_steps.decision" CHECK ((step = 'decision_issued') = (decision IS NOT NULL)),
              CONSTRAINT "review_steps.professional_id"
                CHECK (professional_id IS NULL OR step IN ('advice_received', 'views_received')),
              CONSTRAINT "review_steps.from" CHECK (views_from IS NULL OR step = 'views_received'),
              CONSTRAINT "review_steps.pfa_considered" CHECK (pfa_considered IS NULL OR step = 'meeting_held')
            ) STRICT;
            INSERT INTO review_steps_v10 (id, review_id, step, occurred_on, professional_id, decision, recorded_at)
              SELECT id, review_id, step, occurred_on, professional_id, decision, recorded_at FROM review_steps;
            DROP TABLE review_steps;
            ALTER TABLE review_steps_v10 RENAME TO review_steps;
            CREATE INDEX review_steps_review ON review_steps(review_id);
            CREATE UNIQUE INDEX review_steps_once ON review_steps(review_id, step, coalesce(views_from, ''))
              WHERE professional_id IS NULL;
            CREATE UNIQUE INDEX review_steps_per_professional ON review_steps(review_id, step, professional_id)
              WHERE professional_id IS NOT NULL;

            CREATE TABLE plan_events_v10 (
              id INTEGER PRIMARY KEY,
              plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
              kind TEXT NOT NULL CONSTRAINT "plan_events.kind" CHECK (kind IN (
                'draft_issued', 'final_issued', 'amendment_proposed', 'amended_final_issued', 'decided_not_to_amend',
                'ceased')),
              occurred_on TEXT NOT NULL CONSTRAINT "plan_events.on" CHECK (date(occurred_on, '+0 days') IS occurred_on),
              version INTEGER CONSTRAINT "plan_events.version" CHECK (version >= 1),
              recorded_at TEXT NOT NULL CONSTRAINT "plan_events.recorded_at" CHECK (julianday(recorded_at) IS NOT NULL),
              CONSTRAINT "plan_events.version" CHECK ((kind IN ('ceased', 'decided_not_to_amend')) = (version IS NULL))
            ) STRICT;
            INSERT INTO plan_events_v10 SELECT id, plan_id, kind, occurred_on, version, recorded_at FROM plan_events;
            DROP TABLE plan_events;
            ALTER TABLE plan_events_v10 RENAME TO plan_events;
            CREATE INDEX plan_events_plan ON plan_events(plan_id, occurred_on);
            CREATE UNIQUE INDEX plan_events_version ON plan_events(plan_id, version) WHERE version IS NOT NULL;

            DROP TABLE deadlines;
            CREATE TABLE deadlines (
              plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
              key TEXT NOT NULL,
              rule TEXT NOT NULL CONSTRAINT "deadlines.rule" CHECK (rule IN (
                'annual_review', 'invitations', 'advice', 'views', 'report', 'decision', 'amendment_notice',
                'representations', 'amended_final', 'phase_transfer', 'under_five_review',
                'preparation_for_adulthood', 'specialist_pathway', 'assessment_decision', 'assessment_advice',
                'not_to_issue_decision', 'final_plan')),
              review_id INTEGER REFERENCES reviews(id) ON DELETE CASCADE,
              due_on TEXT NOT NULL CONSTRAINT "deadlines.due_on" CHECK (date(due_on, '+0 days') IS due_on),
              done_on TEXT CONSTRAINT "deadlines.done_on" CHECK (date(done_on, '+0 days') IS done_on),
              closed_on TEXT CONSTRAINT "deadlines.closed_on" CHECK (date(closed_on, '+0 days') IS closed_on),
              lapses_on TEXT CONSTRAINT "deadlines.lapses_on" CHECK (date(lapses_on, '+0 days') IS lapses_on),
              statutory INTEGER NOT NULL CONSTRAINT "deadlines.statutory" CHECK (statutory IN (0, 1)),
              source TEXT NOT NULL,
              PRIMARY KEY (plan_id, key)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX deadlines_open ON deadlines(due_on, statutory, done_on, closed_on, lapses_on)
              WHERE done_on IS NULL AND closed_on IS NULL;
            CREATE INDEX deadlines_lapsing ON deadlines(lapses_on)
              WHERE done_on IS NULL AND closed_on IS NULL AND lapses_on IS NOT NULL;
            DELETE FROM store_meta WHERE key = 'deadline_rules';
            """)
    }
}
