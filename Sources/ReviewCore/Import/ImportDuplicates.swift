/// Remembers the line each key of a file was first seen on, so that the second row with the same
/// `child_ref`, email, plan `reference` or contributor pair is reported ("EHC-1 is also on line 4")
/// instead of one row silently overwriting the other on upsert.
///
/// It holds one entry per row of the file (a 640,000-row file costs some tens of MiB), which is the price
/// of catching a duplicate anywhere in the file before anything is written.
public struct ImportDuplicates: Sendable {
    private var firstLines: [String: Int] = [:]

    public init() {}

    /// Records that `key` is on `line`. Returns the line it was first seen on when it was seen before
    /// (the first line is kept, so a third occurrence also points at the first).
    public mutating func record(_ key: String, line: Int) -> Int? {
        if let first = firstLines[key] { return first }
        firstLines[key] = line
        return nil
    }
}
