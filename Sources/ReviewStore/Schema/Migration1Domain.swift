import GRDB

/// v1: the people and the plans — children, professionals, plans and their events (versions),
/// contributors, reviews, their invitees and steps.
///
/// Civil dates are `YYYY-MM-DD` text checked with `date(x, '+0 days') IS x`: the modifier makes SQLite
/// normalise `2026-02-30` to another day, so an impossible date fails (plain `date(x)` echoes it back).
/// Constraints are named `table.column` so that a violation names the field.
enum Migration1Domain {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE children (
              id INTEGER PRIMARY KEY,
              given_name TEXT NOT NULL CONSTRAINT "children.given_name" CHECK (length(given_name) BETWEEN 1 AND 200),
              family_name TEXT NOT NULL CONSTRAINT "children.family_name" CHECK (length(family_name) BETWEEN 1 AND 200),
              date_of_birth TEXT NOT NULL CONSTRAINT "children.date_of_birth" CHECK (date(date_of_birth, '+0 days') IS date_of_birth),
              year_group INTEGER CONSTRAINT "children.year_group" CHECK (year_group BETWEEN -2 AND 21),
              year_group_academic_year INTEGER
                CONSTRAINT "children.year_group_academic_year"
                CHECK ((year_group IS NULL) = (year_group_academic_year IS NULL)),
              created_at TEXT NOT NULL CONSTRAINT "children.created_at" CHECK (julianday(created_at) IS NOT NULL)
            ) STRICT;

            CREATE TABLE professionals (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL CONSTRAINT "professionals.name" CHECK (length(name) BETWEEN 1 AND 200),
              email TEXT NOT NULL COLLATE NOCASE
                CONSTRAINT "professionals.email" CHECK (email LIKE '_%@_%._%' AND email NOT GLOB '*[ <>"' || char(10) || char(13) || ']*'),
              role TEXT NOT NULL CONSTRAINT "professionals.role" CHECK (role IN (
                'sen_caseworker', 'sen_manager', 'speech_and_language_therapist', 'occupational_therapist',
                'physiotherapist', 'educational_psychologist', 'camhs_clinician', 'paediatrician',
                'designated_clinical_officer', 'health_visitor', 'school_nurse', 'social_worker', 'senco',
                'specialist_teacher', 'specialist_pathway', 'other')),
              service TEXT NOT NULL CONSTRAINT "professionals.service" CHECK (service IN ('education', 'health', 'social_care')),
              active INTEGER NOT NULL DEFAULT 1 CONSTRAINT "professionals.active" CHECK (active IN (0, 1)),
              digest_opt_out INTEGER NOT NULL DEFAULT 0 CONSTRAINT "professionals.digest_opt_out" CHECK (digest_opt_out IN (0, 1)),
              created_at TEXT NOT NULL CONSTRAINT "professionals.created_at" CHECK (julianday(created_at) IS NOT NULL),
              updated_at TEXT NOT NULL CONSTRAINT "professionals.updated_at" CHECK (julianday(updated_at) IS NOT NULL)
            ) STRICT;
            CREATE UNIQUE INDEX professionals_email ON professionals(email);

            CREATE TABLE plans (
              id INTEGER PRIMARY KEY,
              child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE RESTRICT,
              reference TEXT NOT NULL CONSTRAINT "plans.reference" CHECK (length(reference) BETWEEN 1 AND 64),
              next_transfer_kind TEXT CONSTRAINT "plans.next_transfer.kind" CHECK (next_transfer_kind IN (
                'early_years_to_school', 'infant_to_junior', 'primary_to_middle', 'primary_to_secondary',
                'middle_to_secondary', 'secondary_to_post16', 'post16_move')),
              next_transfer_on TEXT CONSTRAINT "plans.next_transfer.on" CHECK (date(next_transfer_on, '+0 days') IS next_transfer_on),
              first_issued_on TEXT CONSTRAINT "plans.first_issued_on" CHECK (date(first_issued_on, '+0 days') IS first_issued_on),
              ceased_on TEXT CONSTRAINT "plans.ceased_on" CHECK (date(ceased_on, '+0 days') IS ceased_on),
              created_at TEXT NOT NULL CONSTRAINT "plans.created_at" CHECK (julianday(created_at) IS NOT NULL),
              CONSTRAINT "plans.next_transfer" CHECK ((next_transfer_kind IS NULL) = (next_transfer_on IS NULL))
            ) STRICT;
            CREATE UNIQUE INDEX plans_reference ON plans(reference);
            CREATE INDEX plans_child ON plans(child_id);

            CREATE TABLE plan_events (
              id INTEGER PRIMARY KEY,
              plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
              kind TEXT NOT NULL CONSTRAINT "plan_events.kind" CHECK (kind IN (
                'draft_issued', 'final_issued', 'amendment_proposed', 'amended_final_issued', 'ceased')),
              occurred_on TEXT NOT NULL CONSTRAINT "plan_events.on" CHECK (date(occurred_on, '+0 days') IS occurred_on),
              version INTEGER CONSTRAINT "plan_events.version" CHECK (version >= 1),
              recorded_at TEXT NOT NULL CONSTRAINT "plan_events.recorded_at" CHECK (julianday(recorded_at) IS NOT NULL),
              CONSTRAINT "plan_events.version" CHECK ((kind = 'ceased') = (version IS NULL))
            ) STRICT;
            CREATE INDEX plan_events_plan ON plan_events(plan_id, occurred_on);
            CREATE UNIQUE INDEX plan_events_version ON plan_events(plan_id, version) WHERE version IS NOT NULL;

            CREATE TABLE contributors (
              plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
              professional_id INTEGER NOT NULL REFERENCES professionals(id) ON DELETE RESTRICT,
              joined_at TEXT NOT NULL CONSTRAINT "contributors.joined_at" CHECK (julianday(joined_at) IS NOT NULL),
              PRIMARY KEY (plan_id, professional_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX contributors_professional ON contributors(professional_id);

            CREATE TABLE reviews (
              id INTEGER PRIMARY KEY,
              plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
              meeting_on TEXT NOT NULL CONSTRAINT "reviews.meeting_on" CHECK (date(meeting_on, '+0 days') IS meeting_on),
              sequence INTEGER NOT NULL DEFAULT 0 CONSTRAINT "reviews.sequence" CHECK (sequence >= 0),
              scheduled_at TEXT NOT NULL CONSTRAINT "reviews.scheduled_at" CHECK (julianday(scheduled_at) IS NOT NULL)
            ) STRICT;
            CREATE INDEX reviews_plan ON reviews(plan_id, meeting_on);

            CREATE TABLE review_invitees (
              review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
              professional_id INTEGER NOT NULL REFERENCES professionals(id) ON DELETE RESTRICT,
              PRIMARY KEY (review_id, professional_id)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE review_steps (
              id INTEGER PRIMARY KEY,
              review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
              step TEXT NOT NULL CONSTRAINT "review_steps.step" CHECK (step IN (
                'invitations_sent', 'advice_received', 'views_received', 'meeting_held', 'report_sent',
                'decision_issued')),
              occurred_on TEXT NOT NULL CONSTRAINT "review_steps.on" CHECK (date(occurred_on, '+0 days') IS occurred_on),
              professional_id INTEGER REFERENCES professionals(id) ON DELETE RESTRICT,
              decision TEXT CONSTRAINT "review_steps.decision" CHECK (decision IN ('maintain', 'amend', 'cease')),
              recorded_at TEXT NOT NULL CONSTRAINT "review_steps.recorded_at" CHECK (julianday(recorded_at) IS NOT NULL),
              CONSTRAINT "review_steps.decision" CHECK ((step = 'decision_issued') = (decision IS NOT NULL)),
              CONSTRAINT "review_steps.professional_id"
                CHECK (professional_id IS NULL OR step IN ('advice_received', 'views_received'))
            ) STRICT;
            CREATE INDEX review_steps_review ON review_steps(review_id);
            CREATE UNIQUE INDEX review_steps_once ON review_steps(review_id, step)
              WHERE professional_id IS NULL;
            CREATE UNIQUE INDEX review_steps_per_professional ON review_steps(review_id, step, professional_id)
              WHERE professional_id IS NOT NULL;
            """)
    }
}
