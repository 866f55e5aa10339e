/// Remembers the line each key of a file was first seen on, so that the second row with the same
/// `child_ref`, email, plan `reference` or contributor pair is reported ("EHC-1 is also on line 4")
/// instead of one row silently overwriting the other on upsert.
///
/// It holds one entry per row of the file, the price of catching a duplicate anywhere in the file before
/// anything is written. Pairs (a contributor's plan and professional) are held as two small numbers, each
/// part of a pair once, since a contributors file of a whole region has millions of rows over far fewer
/// plans and professionals: 2.56 million pairs cost about 100 MiB this way, three times less than as text.
public struct ImportDuplicates: Sendable {
    private var firstLines: [String: Int] = [:]
    private var pairLines: [UInt64: Int] = [:]
    private var firstParts: [String: UInt32] = [:]
    private var secondParts: [String: UInt32] = [:]

    public init() {}

    /// Records that `key` is on `line`. Returns the line it was first seen on when it was seen before
    /// (the first line is kept, so a third occurrence also points at the first).
    public mutating func record(_ key: String, line: Int) -> Int? {
        if let first = firstLines[key] { return first }
        firstLines[key] = line
        return nil
    }

    /// Records that the pair (`first`, `second`) is on `line`, as ``record(_:line:)`` does for one key.
    public mutating func record(_ first: String, _ second: String, line: Int) -> Int? {
        let key = UInt64(Self.number(of: first, in: &firstParts)) << 32 | UInt64(Self.number(of: second, in: &secondParts))
        if let firstLine = pairLines[key] { return firstLine }
        pairLines[key] = line
        return nil
    }

    private static func number(of part: String, in numbers: inout [String: UInt32]) -> UInt32 {
        if let number = numbers[part] { return number }
        let number = UInt32(truncatingIfNeeded: numbers.count)
        numbers[part] = number
        return number
    }
}
