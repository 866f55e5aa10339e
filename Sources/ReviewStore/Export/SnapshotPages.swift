import GRDB

/// A large read served a page at a time, every page from one snapshot of the database.
///
/// It exists so that an export of 96,000 late deadlines or 640,000 plans never holds more than a page in
/// memory, and yet reads one consistent moment: a decision recorded while the file is being written
/// changes neither the pages before it nor those after. The snapshot is a connection of its own with an
/// open read transaction (GRDB's `DatabaseSnapshot`; SQLite's WAL lets the daemon keep writing), closed
/// when the last iterator is released. Each page starts after the `Position` where the previous one
/// ended (keyset paging), so a page costs the same wherever it falls.
struct SnapshotPages<Row: Sendable, Position: Sendable>: AsyncSequence, Sendable {
    typealias Element = [Row]
    /// One page from `position`: its rows, and where the next page starts.
    typealias Fetch = @Sendable (Database, Position) throws -> (rows: [Row], next: Position)

    let snapshot: DatabaseSnapshot
    let start: Position
    let fetch: Fetch

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(snapshot: snapshot, fetch: fetch, position: start)
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        let snapshot: DatabaseSnapshot
        let fetch: Fetch
        /// `nil` once an empty page has ended the read.
        var position: Position?

        /// The next page, or `nil` when there is none; SQLite's errors become ``StoreError``s.
        mutating func next() async throws -> [Row]? {
            guard let position else { return nil }
            let fetch = fetch
            let page: (rows: [Row], next: Position)
            do {
                page = try await snapshot.read { db in try fetch(db, position) }
            } catch {
                throw ConstraintMapping.storeError(from: error)
            }
            guard !page.rows.isEmpty else {
                self.position = nil
                return nil
            }
            self.position = page.next
            return page.rows
        }
    }
}
