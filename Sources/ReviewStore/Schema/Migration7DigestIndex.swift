import GRDB

/// v7: review meetings by date, for the personal digests' "meetings in the next 14 days" — an index range
/// instead of a scan of every review ever held.
enum Migration7DigestIndex {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX reviews_meeting ON reviews(meeting_on) WHERE cancelled_on IS NULL")
    }
}
