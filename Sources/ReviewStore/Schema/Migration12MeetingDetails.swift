import GRDB

/// v12: a review meeting's time and place (issue 14): `starts_at` and `ends_at` as local `HH:MM` in
/// `time_zone` (none: an all-day meeting), `location` and `online_url`. Existing meetings stay all day.
enum Migration12MeetingDetails {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE reviews ADD COLUMN starts_at TEXT
              CONSTRAINT "reviews.starts_at" CHECK (starts_at IS NULL OR starts_at GLOB '[0-2][0-9]:[0-5][0-9]');
            ALTER TABLE reviews ADD COLUMN ends_at TEXT
              CONSTRAINT "reviews.ends_at" CHECK (ends_at IS NULL OR (starts_at IS NOT NULL AND ends_at > starts_at
                                                                       AND ends_at GLOB '[0-2][0-9]:[0-5][0-9]'));
            ALTER TABLE reviews ADD COLUMN location TEXT
              CONSTRAINT "reviews.location" CHECK (location IS NULL OR length(location) BETWEEN 1 AND 300);
            ALTER TABLE reviews ADD COLUMN online_url TEXT
              CONSTRAINT "reviews.online_url" CHECK (online_url IS NULL OR online_url GLOB 'http*://*');
            """)
    }
}
