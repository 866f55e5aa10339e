import GRDB

/// v6: a review meeting can be cancelled. A cancelled review keeps its row (its invitations were sent and
/// its history matters) but no longer counts for the deadlines.
enum Migration6ReviewCancellation {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE reviews ADD COLUMN cancelled_on TEXT
              CONSTRAINT "reviews.cancelled_on" CHECK (date(cancelled_on, '+0 days') IS cancelled_on);
            """)
    }
}
